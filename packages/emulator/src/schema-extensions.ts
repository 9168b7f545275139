import type { PropertyInfo, Schema } from '@sl/schema';

/**
 * Properties the live API has gained since the metadata `@sl/schema` is generated from (2021), which the reference
 * client (softlayer-python 6.x) masks. Without them `slcli vs list` would get "Property 'deviceStatus' not valid".
 */
const NEWER_PROPERTIES: Record<string, Record<string, Omit<PropertyInfo, 'declaredBy'>>> = {
  SoftLayer_Virtual_Guest: {
    deviceStatus: { kind: 'relational', type: 'SoftLayer_Device_Status', array: false },
  },
  SoftLayer_Hardware: {
    deviceStatus: { kind: 'relational', type: 'SoftLayer_Device_Status', array: false },
  },
  SoftLayer_Device_Status: {
    id: { kind: 'local', type: 'int', array: false },
    name: { kind: 'local', type: 'string', array: false },
    statusKeyName: { kind: 'local', type: 'string', array: false },
  },
};

/** The schema with {@link NEWER_PROPERTIES} added (inherited by subtypes, like real properties). */
export function extendSchema(schema: Schema): Schema {
  const property = (typeName: string, name: string): PropertyInfo | undefined => {
    const known = schema.property(typeName, name);
    if (known) return known;
    for (let type: string | undefined = typeName; type !== undefined; type = schema.baseOf(type)) {
      const extra = NEWER_PROPERTIES[type]?.[name];
      if (extra) return { ...extra, declaredBy: type };
    }
    return undefined;
  };
  const hasType = (name: string): boolean => schema.hasType(name) || Object.hasOwn(NEWER_PROPERTIES, name);
  const baseOf = (name: string): string | undefined =>
    schema.hasType(name)
      ? schema.baseOf(name)
      : Object.hasOwn(NEWER_PROPERTIES, name)
        ? 'SoftLayer_Entity'
        : undefined;
  return { ...schema, property, hasType, baseOf };
}
