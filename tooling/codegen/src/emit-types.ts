import { docText, type LinkTargets } from './doc-text';
import { GENERATED_HEADER, type GeneratedFile } from './generated-file';
import {
  type ApiMethod,
  type ApiModel,
  type ApiProperty,
  type ApiService,
  type ApiType,
  byName,
} from './model';
import { primitiveType } from './primitive-types';
import { docComment, labelName, memberName } from './typescript-syntax';

const TYPES_DIR = 'packages/types/src/generated';

/** The file a name lives in: its second segment (`SoftLayer_Network_Vlan` → `network`), or its first. */
export function groupOf(name: string): string {
  const parts = name.split('_');
  const group = parts[0] === 'SoftLayer' && parts.length > 1 ? parts[1] : parts[0];
  return (group ?? name).toLowerCase();
}

export function serviceInterfaceName(service: string): string {
  return `${service}_Service`;
}

interface ValueShape {
  type: string;
  array: boolean;
  enumValues?: string[];
}

/** Renders types for one file, remembering which declared names it refers to (for its imports). */
class FileContext {
  readonly references: Set<string> = new Set();
  constructor(
    readonly knownTypes: ReadonlySet<string>,
    readonly links: LinkTargets = { types: knownTypes, services: new Set() },
  ) {}

  /** Doc text with the metadata's wiki markup turned into JSDoc. */
  doc(text: string | undefined): string | undefined {
    return text === undefined ? undefined : docText(text, this.links);
  }

  typeOf(value: ValueShape): string {
    let text: string;
    if (value.enumValues !== undefined) {
      text = value.enumValues.map((item) => JSON.stringify(item)).join(' | ');
    } else {
      const primitive = primitiveType(value.type);
      if (primitive !== undefined) text = primitive;
      else if (this.knownTypes.has(value.type)) {
        this.references.add(value.type);
        text = value.type;
      } else text = 'unknown';
    }
    if (!value.array) return text;
    return text.includes(' ') ? `(${text})[]` : `${text}[]`;
  }

  descriptor(method: ApiMethod): string {
    const parameters = method.parameters
      .map(
        (parameter) =>
          `${labelName(parameter.name)}${parameter.optional ? '?' : ''}: ${this.typeOf(parameter)}`,
      )
      .join(', ');
    const returns = this.typeOf({ type: method.returns, array: method.array });
    return `{ parameters: [${parameters}]; returns: ${returns}${method.static ? '; static: true' : ''} }`;
  }

  reference(name: string): string {
    this.references.add(name);
    return name;
  }
}

/**
 * Properties the API reads but the metadata does not list, added to the types only (as the Go client does): the
 * order and external-binding containers are sent as one of their many subtypes, named by `complexType`.
 */
const EXTRA_PROPERTIES: ReadonlyMap<string, ApiProperty> = new Map(
  ['SoftLayer_Container_Product_Order', 'SoftLayer_Container_User_Customer_External_Binding'].map(
    (typeName) => [
      typeName,
      {
        name: 'complexType',
        kind: 'local',
        type: 'string',
        array: false,
        deprecated: false,
        doc: `The subtype this container is sent as (e.g. \`${typeName}_...\`); the API reads it to pick the type. Not in the metadata.`,
      },
    ],
  ),
);

function emitDatatype(type: ApiType, context: FileContext): string {
  const tags = type.deprecated ? ['@deprecated'] : [];
  const base = type.base !== undefined && context.knownTypes.has(type.base) ? type.base : undefined;
  const extra = EXTRA_PROPERTIES.get(type.name);
  const properties = extra === undefined ? type.properties : [extra, ...type.properties].sort(byName);
  let out = docComment(context.doc(type.doc), '', tags);
  out += `export interface ${type.name}${base === undefined ? '' : ` extends ${context.reference(base)}`} {`;
  if (properties.length === 0) return `${out}}\n`;
  out += '\n';
  for (const property of properties) {
    out += docComment(context.doc(property.doc), '  ', property.deprecated ? ['@deprecated'] : []);
    out += `  ${memberName(property.name)}?: ${context.typeOf(property)};\n`;
  }
  return `${out}}\n`;
}

/** A datatype `sub` that is `base` or inherits from it: its interface extends `base`'s, so it is assignable. */
function isDatatypeSubtype(typesByName: ReadonlyMap<string, ApiType>, sub: string, base: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = sub;
  while (current !== undefined && !seen.has(current)) {
    if (current === base) return true;
    seen.add(current);
    current = typesByName.get(current)?.base;
  }
  return false;
}

/**
 * Whether the descriptor of `override` is assignable to that of `inherited`, judged from the metadata: the same
 * static-ness (or newly static), the same arity, no parameter made optional that was required, and every
 * parameter and result the same type or a subtype (datatype interfaces only add properties).
 */
export function isCompatibleOverride(
  typesByName: ReadonlyMap<string, ApiType>,
  override: ApiMethod,
  inherited: ApiMethod,
): boolean {
  const context = new FileContext(new Set(typesByName.keys()));
  const assignable = (sub: ValueShape, base: ValueShape): boolean =>
    sub.array === base.array &&
    (context.typeOf({ ...sub, array: false }) === context.typeOf({ ...base, array: false }) ||
      (sub.enumValues === undefined &&
        base.enumValues === undefined &&
        isDatatypeSubtype(typesByName, sub.type, base.type)));
  if (inherited.static && !override.static) return false;
  if (override.parameters.length !== inherited.parameters.length) return false;
  const parametersFit = override.parameters.every((parameter, index) => {
    const base = inherited.parameters[index];
    return base !== undefined && (base.optional || !parameter.optional) && assignable(parameter, base);
  });
  return (
    parametersFit &&
    assignable(
      { type: override.returns, array: override.array },
      { type: inherited.returns, array: inherited.array },
    )
  );
}

function methodDoc(method: ApiMethod, context: FileContext): string[] {
  const tags = method.parameters
    .filter((parameter) => parameter.doc !== undefined)
    .map(
      (parameter) =>
        `@param ${labelName(parameter.name)} ${(context.doc(parameter.doc) ?? '').replace(/\s+/g, ' ').trim()}`,
    );
  if (method.deprecated) tags.push('@deprecated');
  return tags;
}

function emitService(
  service: ApiService,
  servicesByName: ReadonlyMap<string, ApiService>,
  typesByName: ReadonlyMap<string, ApiType>,
  context: FileContext,
): string {
  const base = service.baseService === undefined ? undefined : servicesByName.get(service.baseService);
  const baseMethods = new Map((base?.methods ?? []).map((method) => [method.name, method]));
  const probe = new FileContext(context.knownTypes);
  const members: ApiMethod[] = [];
  const omitted: string[] = [];
  for (const method of service.methods) {
    const inherited = baseMethods.get(method.name);
    if (inherited !== undefined && probe.descriptor(inherited) === probe.descriptor(method)) continue;
    members.push(method);
    if (inherited !== undefined && !isCompatibleOverride(typesByName, method, inherited))
      omitted.push(method.name);
  }
  let heritage = '';
  if (base !== undefined) {
    const baseName = context.reference(serviceInterfaceName(base.name));
    heritage =
      omitted.length === 0
        ? ` extends ${baseName}`
        : ` extends Omit<${baseName}, ${omitted.map((name) => JSON.stringify(name)).join(' | ')}>`;
  }
  let out = docComment(context.doc(service.doc), '');
  out += `export interface ${serviceInterfaceName(service.name)}${heritage} {`;
  if (members.length === 0) return `${out}}\n`;
  out += '\n';
  for (const method of members) {
    out += docComment(context.doc(method.doc), '  ', methodDoc(method, context));
    out += `  ${memberName(method.name)}: ${context.descriptor(method)};\n`;
  }
  return `${out}}\n`;
}

function importLines(
  references: Set<string>,
  declared: Set<string>,
  fileOf: (name: string) => string,
): string {
  const byFile = new Map<string, string[]>();
  for (const name of references) {
    if (declared.has(name)) continue;
    const file = fileOf(name);
    byFile.set(file, [...(byFile.get(file) ?? []), name]);
  }
  return [...byFile.keys()]
    .sort()
    .map((file) => `import type { ${(byFile.get(file) ?? []).sort().join(', ')} } from './${file}';\n`)
    .join('');
}

/**
 * The declarations of @sl/types: one file per name group, the service and datatype maps, and an index
 * re-exporting them.
 */
export function emitTypes(model: ApiModel): GeneratedFile[] {
  const typesByName = new Map(model.types.map((type) => [type.name, type]));
  const servicesByName = new Map(model.services.map((service) => [service.name, service]));
  const knownTypes = new Set(typesByName.keys());
  const links: LinkTargets = { types: knownTypes, services: new Set(servicesByName.keys()) };
  const fileOfName = new Map<string, string>();
  for (const type of model.types) fileOfName.set(type.name, groupOf(type.name));
  for (const service of model.services)
    fileOfName.set(serviceInterfaceName(service.name), groupOf(service.name));
  const fileOf = (name: string): string => fileOfName.get(name) ?? 'index';

  const groups = [...new Set(fileOfName.values())].sort();
  const files: GeneratedFile[] = [];
  const exportsByGroup = new Map<string, string[]>();
  for (const group of groups) {
    const context = new FileContext(knownTypes, links);
    const declared = new Set<string>();
    let body = '';
    for (const type of model.types.filter((candidate) => groupOf(candidate.name) === group)) {
      declared.add(type.name);
      body += `\n${emitDatatype(type, context)}`;
    }
    for (const service of model.services.filter((candidate) => groupOf(candidate.name) === group)) {
      declared.add(serviceInterfaceName(service.name));
      body += `\n${emitService(service, servicesByName, typesByName, context)}`;
    }
    exportsByGroup.set(group, [...declared].sort());
    const imports = importLines(context.references, declared, fileOf);
    files.push({ path: `${TYPES_DIR}/${group}.ts`, content: `${GENERATED_HEADER}${imports}${body}` });
  }

  const mapContext = new FileContext(knownTypes);
  let serviceMap =
    '\n/** Every service by name: for each method its parameters, its result and whether it needs an id. */\n';
  serviceMap += 'export interface ServiceMap {\n';
  for (const service of model.services) {
    serviceMap += `  ${service.name}: ${mapContext.reference(serviceInterfaceName(service.name))};\n`;
  }
  serviceMap += '}\n';
  files.push({
    path: `${TYPES_DIR}/service-map.ts`,
    content: `${GENERATED_HEADER}${importLines(mapContext.references, new Set(), fileOf)}${serviceMap}`,
  });

  const typeContext = new FileContext(knownTypes);
  let datatypeMap =
    "\n/** Every datatype by name, for looking a type up from its name (a typed mask cast, a method's result). */\n";
  datatypeMap += 'export interface DatatypeMap {\n';
  for (const type of model.types) datatypeMap += `  ${type.name}: ${typeContext.reference(type.name)};\n`;
  datatypeMap += '}\n';
  files.push({
    path: `${TYPES_DIR}/datatype-map.ts`,
    content: `${GENERATED_HEADER}${importLines(typeContext.references, new Set(), fileOf)}${datatypeMap}`,
  });

  let index = GENERATED_HEADER;
  for (const group of groups) {
    index += `export type {\n${(exportsByGroup.get(group) ?? []).map((name) => `  ${name},\n`).join('')}} from './${group}';\n`;
  }
  index += "export type { DatatypeMap } from './datatype-map';\n";
  index += "export type { ServiceMap } from './service-map';\n";
  files.push({ path: `${TYPES_DIR}/index.ts`, content: index });
  return files;
}
