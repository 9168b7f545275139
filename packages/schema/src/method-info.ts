import type { MethodInfo, Schema } from './schema';

/** A method's flags and parameters (`static`, `limitable`, `filterable`, `maskable`, `noauth`, ...), or undefined. */
export function methodInfo(schema: Schema, service: string, method: string): MethodInfo | undefined {
  return schema.method(service, method);
}

/** The datatype (or primitive) a method returns, the element type for methods returning lists. */
export function resultType(schema: Schema, service: string, method: string): string | undefined {
  return schema.method(service, method)?.returns;
}
