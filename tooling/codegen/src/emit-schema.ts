import type { CompactSchema } from '../../../packages/schema/src/compact-schema';
import type { GeneratedFile } from './generated-file';
import type { ApiMethod, ApiModel } from './model';

export const SCHEMA_PATH = 'packages/schema/src/schema.generated.json';

const KIND_CODES = { local: 'l', relational: 'r', count: 'c' } as const;

function methodFlags(method: ApiMethod): string {
  return [
    method.static ? 's' : '',
    method.limitable ? 'l' : '',
    method.filterable ? 'f' : '',
    method.maskable ? 'm' : '',
    method.noauth ? 'n' : '',
    method.origin === 'orm' ? 'o' : '',
    method.origin === 'inherited' ? 'i' : '',
  ].join('');
}

function compactMethod(serviceName: string, method: ApiMethod): string[] {
  return [
    `${method.returns}${method.array ? '[]' : ''}`,
    methodFlags(method),
    method.declaredBy === serviceName ? '' : method.declaredBy,
    ...method.parameters.map(
      (parameter) =>
        `${parameter.name}:${parameter.type}${parameter.array ? '[]' : ''}${parameter.optional ? '?' : ''}`,
    ),
  ];
}

/** What must match for a base service's method to stand for a subservice's (everything but the origin). */
function sameness(method: ApiMethod): string {
  return JSON.stringify(
    compactMethod('', { ...method, origin: method.origin === 'orm' ? 'orm' : 'declared' }),
  );
}

/** The runtime schema of @sl/schema: no docs, one line per datatype and per service, stable order. */
export function emitSchema(model: ApiModel): GeneratedFile {
  const schema: CompactSchema = { version: 1, types: {}, services: {} };
  for (const type of model.types) {
    const properties: Record<string, string> = {};
    for (const property of type.properties) {
      properties[property.name] =
        `${KIND_CODES[property.kind]}:${property.type}${property.array ? '[]' : ''}`;
    }
    schema.types[type.name] = [type.base ?? '', properties];
  }
  const servicesByName = new Map(model.services.map((service) => [service.name, service]));
  for (const service of model.services) {
    // Only what the nearest base service does not already answer identically: the runtime walks the chain.
    const base = servicesByName.get(service.baseService ?? '');
    const inherited = new Map((base?.methods ?? []).map((method) => [method.name, sameness(method)]));
    const methods: Record<string, string[]> = {};
    for (const method of service.methods) {
      if (inherited.get(method.name) === sameness(method)) continue;
      methods[method.name] = compactMethod(service.name, method);
    }
    schema.services[service.name] = [service.baseService ?? '', methods];
  }
  const lines = [
    '{"version":1,',
    '"types":{',
    Object.entries(schema.types)
      .map(([name, entry]) => `${JSON.stringify(name)}:${JSON.stringify(entry)}`)
      .join(',\n'),
    '},',
    '"services":{',
    Object.entries(schema.services)
      .map(([name, entry]) => `${JSON.stringify(name)}:${JSON.stringify(entry)}`)
      .join(',\n'),
    '}}',
  ];
  return { path: SCHEMA_PATH, content: `${lines.join('\n')}\n` };
}
