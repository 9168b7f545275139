import { readFileSync } from 'node:fs';
import { createTsupConfig } from '@sl/config/tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Two entries; the bin is ESM with code splitting so each command group is its own chunk, loaded when it runs.
export default createTsupConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  splitting: true,
  define: { __SL_CLI_VERSION__: JSON.stringify(version) },
});
