import { readdirSync } from 'node:fs';
import { createTsupConfig } from '@sl/config/tsup';

// Besides the whole package, each manager is an entry of its own (`@sl/managers/dns-manager`): a program that
// needs one manager loads that file and the pieces it shares, not all thirty. Code splitting keeps one copy of
// every shared piece, so `ManagerError` is the same class whichever entry it comes through.
const managers = readdirSync(new URL('./src', import.meta.url)).filter((file) =>
  file.endsWith('-manager.ts'),
);

export default createTsupConfig({
  entry: ['src/index.ts', ...managers.map((file) => `src/${file}`)],
  splitting: true,
});
