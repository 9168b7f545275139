import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CompactSchema } from './compact-schema';
import { createSchema, type Schema } from './schema';
import { SchemaError } from './schema-error';

/** Beside this module in `src/` and in `dist/` (the build copies it). */
const SCHEMA_URL = new URL('./schema.generated.json', import.meta.url);

let loading: Promise<Schema> | undefined;
let loaded: Schema | undefined;

function parse(text: string): Schema {
  let compact: unknown;
  try {
    compact = JSON.parse(text);
  } catch (cause) {
    throw new SchemaError('SCHEMA_INVALID', `the schema at ${SCHEMA_URL.pathname} is not JSON`, { cause });
  }
  return createSchema(compact as CompactSchema);
}

function unreadable(cause: unknown): SchemaError {
  return new SchemaError('SCHEMA_UNREADABLE', `cannot read the schema at ${SCHEMA_URL.pathname}`, { cause });
}

/**
 * Loads the schema generated from the API metadata (about 0.7 MB of JSON) the first time it is asked for; later
 * calls share the same immutable result. Nothing is read until then, so importing `@sl/schema` costs nothing.
 */
export function loadSchema(): Promise<Schema> {
  if (loaded !== undefined) return Promise.resolve(loaded);
  loading ??= readFile(SCHEMA_URL, 'utf8').then(
    (text) => {
      loaded = parse(text);
      return loaded;
    },
    (cause: unknown) => {
      loading = undefined;
      throw unreadable(cause);
    },
  );
  return loading;
}

/** {@link loadSchema} for synchronous start-up code (an emulator, a CLI): reads the file on the first call. */
export function loadSchemaSync(): Schema {
  if (loaded !== undefined) return loaded;
  let text: string;
  try {
    text = readFileSync(SCHEMA_URL, 'utf8');
  } catch (cause) {
    throw unreadable(cause);
  }
  loaded = parse(text);
  return loaded;
}
