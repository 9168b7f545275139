import type { MethodInfo, PropertyInfo, Schema } from '@sl/schema';

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

/**
 * Methods the live API has gained since the metadata: `slcli block|file duplicate-convert-status` calls
 * `SoftLayer_Network_Storage::getDuplicateConversionStatus`.
 */
const NEWER_METHODS: Record<string, Record<string, MethodInfo>> = {
  SoftLayer_Network_Storage: {
    getDuplicateConversionStatus: {
      service: 'SoftLayer_Network_Storage',
      name: 'getDuplicateConversionStatus',
      returns: 'SoftLayer_Container_Network_Storage_DuplicateConversionStatusInformation',
      array: false,
      static: false,
      limitable: false,
      filterable: false,
      maskable: false,
      noauth: false,
      origin: 'declared',
      declaredBy: 'SoftLayer_Network_Storage',
      parameters: [],
    },
  },
};

/**
 * Relational properties the live API returns with their object even when a mask does not name them: the reference
 * client's storage ordering reads an item's category and capacity range and a price's capacity restriction under
 * the mask `items[prices[categories],attributes]` (storage_utils), and a replica order finds the schedule by its
 * type under the mask `schedules`; so they come back like local properties when the mask does not name them.
 */
const RETURNED_BY_DEFAULT: Record<string, readonly string[]> = {
  SoftLayer_Product_Item: ['itemCategory', 'capacityMinimum', 'capacityMaximum'],
  SoftLayer_Network_Storage_Schedule: ['type'],
  // `getRegions` without a mask: `slcli block volume-options` reads each region's location and its datacenter.
  SoftLayer_Location_Region: ['location'],
  SoftLayer_Location_Region_Location: ['location'],
  // `slcli firewall list` reads each standard firewall's guest or server component without naming it.
  SoftLayer_Network_Component_Firewall: ['guestNetworkComponent', 'networkComponent'],
  // An autoscale group's `virtualGuestMemberTemplate` comes back whole under the mask
  // `virtualGuestMemberTemplate[sshKeys]`: `slcli autoscale detail` reads its disks, network and OS.
  SoftLayer_Virtual_Guest: ['blockDevices', 'networkComponents', 'operatingSystemReferenceCode'],
  SoftLayer_Virtual_Guest_Block_Device: ['diskImage'],
  SoftLayer_Product_Item_Price: [
    'capacityRestrictionType',
    'capacityRestrictionMinimum',
    'capacityRestrictionMaximum',
  ],
};

/** The schema with {@link NEWER_PROPERTIES} added (inherited by subtypes, like real properties). */
export function extendSchema(
  schema: Schema,
): Schema & { returnedByDefault(typeName: string, name: string): boolean } {
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
  const returnedByDefault = (typeName: string, name: string): boolean =>
    RETURNED_BY_DEFAULT[typeName]?.includes(name) ?? false;
  const method = (service: string, name: string): MethodInfo | undefined =>
    schema.method(service, name) ?? NEWER_METHODS[service]?.[name];
  return { ...schema, property, hasType, baseOf, returnedByDefault, method };
}
