import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KeyValueTable } from '../../output/table';
import { expandHome } from '../expand-home';

/** What `config show` and `config setup` show. */
export interface ConfigSettings {
  username: string;
  apiKey: string;
  endpointUrl: string;
  /** Seconds; 0 for none. */
  timeout: number;
  theme: string;
}

/** The config file `sl` reads and writes: `-C`, else `~/.softlayer`. */
export function configPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const path = option ?? join(env.HOME ?? homedir(), '.softlayer');
  return expandHome(path, env.HOME ?? homedir());
}

/** The file's text, or '' when there is none. */
export function readConfigText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** An API key shown safely: its first and last four characters. */
export function maskKey(key: string): string {
  if (key === '') return key;
  return key.length <= 8 ? '*'.repeat(key.length) : `${key.slice(0, 4)}…${key.slice(-4)}`;
}

/** The reference's config table (`Username`, `API Key`, …; `not set` for empty values), the key masked. */
export function configTable(settings: ConfigSettings): KeyValueTable {
  const table = new KeyValueTable(['name', 'value']);
  table.addRow(['Username', settings.username || 'not set']);
  table.addRow(['API Key', maskKey(settings.apiKey) || 'not set']);
  table.addRow(['Endpoint URL', settings.endpointUrl.replace(/\/+$/, '') || 'not set']);
  table.addRow(['Timeout', settings.timeout || 'not set']);
  table.addRow(['Theme', settings.theme || 'not set']);
  return table;
}

/** Sets `values` in the `[softlayer]` section of an INI text, keeping every other section and key. */
export function updateIni(text: string, values: Record<string, string>): string {
  const lines = text === '' ? [] : text.replace(/\s+$/, '').split(/\r?\n/);
  const start = lines.findIndex((line) => /^\s*\[softlayer\]\s*$/.test(line));
  if (start < 0) {
    const section = ['[softlayer]', ...Object.entries(values).map(([key, value]) => `${key} = ${value}`)];
    return `${[...lines, ...(lines.length > 0 ? [''] : []), ...section].join('\n')}\n`;
  }
  let end = lines.findIndex((line, index) => index > start && /^\s*\[[^\]]+\]\s*$/.test(line));
  if (end < 0) end = lines.length;
  const pending = new Map(Object.entries(values));
  const body = lines.slice(start + 1, end).map((line) => {
    const key = /^\s*([^=:#;\s][^=:]*?)\s*[=:]/.exec(line)?.[1]?.toLowerCase();
    if (key === undefined || !pending.has(key)) return line;
    const value = pending.get(key);
    pending.delete(key);
    return `${key} = ${value}`;
  });
  while (body.length > 0 && body[body.length - 1]?.trim() === '') body.pop();
  const added = [...pending].map(([key, value]) => `${key} = ${value}`);
  const after = lines.slice(end);
  return `${[...lines.slice(0, start + 1), ...body, ...added, ...(after.length > 0 ? ['', ...after] : [])].join('\n')}\n`;
}
