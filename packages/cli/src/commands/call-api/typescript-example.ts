export interface CallDescription {
  service: string;
  method: string;
  args: readonly unknown[];
  id?: string | undefined;
  mask?: string | undefined;
  filter?: unknown;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** A runnable TypeScript program (ESM, top-level await) that makes the same call with `@sl/client`. */
export function typescriptExample(call: CallDescription): string {
  const options: Record<string, unknown> = {};
  if (call.args.length > 0) options.args = call.args;
  if (call.id !== undefined) options.id = /^\d+$/.test(call.id) ? Number(call.id) : call.id;
  if (call.mask) options.mask = call.mask;
  if (call.filter !== undefined) options.filter = call.filter;
  if (call.limit !== undefined) options.limit = call.limit;
  if (call.offset !== undefined) options.offset = call.offset;
  const optionText = Object.keys(options).length > 0 ? `, ${JSON.stringify(options, null, 2)}` : '';
  return [
    "import { createClientFromEnv } from '@sl/client';",
    '',
    'const client = createClientFromEnv();',
    `const result = await client.call(${JSON.stringify(call.service)}, ${JSON.stringify(call.method)}${optionText});`,
    'console.log(JSON.stringify(result, null, 2));',
    'await client.close();',
  ].join('\n');
}
