import { readFileSync, writeFileSync } from 'node:fs';
import { CliError } from '../../cli-error';
import type { OptionValue } from '../../define-command';

/** Options of `create` that hold lists in a template (`disk=25,100`). */
const LIST_OPTIONS = new Set(['disk', 'key', 'tag']);

/** What `--export` never writes (slcli's exclusions). */
const NOT_EXPORTED = new Set(['wait', 'test', 'config', 'really', 'format', 'debug', 'export']);

/** `vlan_public` → `vlanPublic`: a template key (slcli's argument name) as our option name. */
function optionName(key: string): string {
  return key.replace(/[_-]([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** `vlanPublic` → `vlan_public`. */
function templateKey(option: string): string {
  return option.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * slcli's `--template`: an INI body without its section (`key=value` lines, `#`/`;` comments) whose values are
 * defaults for the options not given; `disk`, `key` and `tag` are comma-separated lists.
 */
export function readTemplate(path: string): Record<string, OptionValue> {
  let body: string;
  try {
    body = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Error: Invalid value for '-t' / '--template': Path '${path}' does not exist.`);
  }
  const values: Record<string, OptionValue> = {};
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const match = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!match)
      throw new CliError(`Error: the template ${path} has a line that is not key=value: ${trimmed}`);
    const key = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    values[optionName(key)] = LIST_OPTIONS.has(key) ? value.split(',') : value;
  }
  return values;
}

/** slcli's `export_to_template`: every option with a value, as `key=value` lines (lists comma-joined). */
export function writeTemplate(path: string, options: Record<string, OptionValue>): void {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(options)) {
    const key = templateKey(name);
    if (!value || NOT_EXPORTED.has(key) || (Array.isArray(value) && value.length === 0)) continue;
    const text = Array.isArray(value) ? value.join(',') : value === true ? 'True' : String(value);
    lines.push(`${key}=${text}\n`);
  }
  writeFileSync(path, lines.join(''), 'utf8');
}
