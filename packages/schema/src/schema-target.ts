import type { MethodInfo, Schema } from './schema';
import type { SchemaIssue } from './schema-issue';

/** What a mask or filter is checked against: a datatype name, `'Service::method'`, or `{ service, method }`. */
export type SchemaTarget = string | { readonly service: string; readonly method: string };

/** The datatypes a target stands for: the method's result (for masks) and its service (for filters). */
export interface ResolvedTarget {
  readonly resultType?: string;
  readonly serviceType?: string;
  readonly issue?: SchemaIssue;
}

function issue(code: SchemaIssue['code'], message: string): ResolvedTarget {
  return { issue: { code, path: '', message, suggestions: [] } };
}

/** The method a `'Service::method'` or `{ service, method }` target names, if the schema knows it. */
export function resolveMethod(schema: Schema, target: SchemaTarget): MethodInfo | undefined {
  if (typeof target !== 'string') return schema.method(target.service, target.method);
  const separator = target.indexOf('::');
  return separator === -1
    ? undefined
    : schema.method(target.slice(0, separator), target.slice(separator + 2));
}

export function resolveTarget(schema: Schema, target: SchemaTarget): ResolvedTarget {
  let service: string;
  let method: string;
  if (typeof target === 'string') {
    const separator = target.indexOf('::');
    if (separator === -1) {
      const type = schema.hasType(target) ? target : schema.serviceName(target);
      if (type === undefined) return issue('UNKNOWN_TYPE', `${target} is not a datatype in the schema`);
      return { resultType: type, serviceType: type };
    }
    service = target.slice(0, separator);
    method = target.slice(separator + 2);
  } else {
    ({ service, method } = target);
  }
  const serviceType = schema.serviceName(service);
  if (serviceType === undefined) return issue('UNKNOWN_SERVICE', `${service} is not a service in the schema`);
  const info = schema.method(serviceType, method);
  if (info === undefined) return issue('UNKNOWN_METHOD', `${serviceType} has no method ${method}`);
  return { resultType: info.returns, serviceType };
}
