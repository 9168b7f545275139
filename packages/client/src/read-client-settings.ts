import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { SoftLayerError } from '@sl/transport';
import { parseIni } from './parse-ini';

/** The settings a client is built from. */
export interface ClientSettings {
  endpointUrl?: string;
  username?: string;
  apiKey?: string;
  /** Milliseconds (0: none). */
  timeoutMs?: number;
  proxy?: string;
  verify?: boolean;
  /** IAM tokens the reference's `IAMClient` saves in the config file (`access_token`, `refresh_token`). */
  accessToken?: string;
  refreshToken?: string;
}

export interface SettingsSources {
  /** Explicit settings; they win over everything. */
  options?: ClientSettings;
  /** The environment (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The home directory for `~/.softlayer` (default `os.homedir()`). */
  homeDir?: string;
  /** One more INI file, read after `/etc/softlayer.conf` and `~/.softlayer` (so it wins over them). */
  configFile?: string;
  /** The system file (default `/etc/softlayer.conf`; `false` to skip it). */
  systemConfigFile?: string | false;
}

function readIniFile(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  return parseIni(text).softlayer ?? {};
}

function seconds(text: string | undefined, where: string): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new SoftLayerError(`${where}: timeout must be a number of seconds (got "${text}")`, {
      code: 'SL_CONFIG',
    });
  }
  return Math.round(value * 1000);
}

function booleanSetting(text: string | undefined, where: string): boolean | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const normalized = text.trim().toLowerCase();
  if (['1', 'yes', 'true', 'on'].includes(normalized)) return true;
  if (['0', 'no', 'false', 'off'].includes(normalized)) return false;
  throw new SoftLayerError(`${where}: verify must be true or false (got "${text}")`, { code: 'SL_CONFIG' });
}

/**
 * Resolves settings with the reference's precedence: explicit options, then `SL_USERNAME`, `SL_API_KEY`,
 * `SL_ENDPOINT_URL`, `SL_TIMEOUT` (seconds) and `https_proxy`, then the `[softlayer]` section of
 * `/etc/softlayer.conf`, `~/.softlayer` and `configFile` (later files win). Empty values count as unset.
 */
export function readClientSettings(sources: SettingsSources = {}): ClientSettings {
  const env = sources.env ?? process.env;
  const home = sources.homeDir ?? homedir();
  const files: string[] = [];
  if (sources.systemConfigFile !== false) files.push(sources.systemConfigFile ?? '/etc/softlayer.conf');
  files.push(join(home, '.softlayer'));
  if (sources.configFile) {
    const path = sources.configFile.replace(/^~(?=$|\/)/, home);
    files.push(isAbsolute(path) ? path : join(process.cwd(), path));
  }
  const file: Record<string, string> = {};
  for (const path of files) Object.assign(file, readIniFile(path));

  const fromFile: ClientSettings = {};
  const fileWhere = `config file (${files.join(', ')})`;
  if (file.endpoint_url) fromFile.endpointUrl = file.endpoint_url;
  if (file.username) fromFile.username = file.username;
  if (file.api_key) fromFile.apiKey = file.api_key;
  if (file.proxy) fromFile.proxy = file.proxy;
  if (file.access_token) fromFile.accessToken = file.access_token;
  if (file.refresh_token) fromFile.refreshToken = file.refresh_token;
  const fileTimeout = seconds(file.timeout, fileWhere);
  if (fileTimeout) fromFile.timeoutMs = fileTimeout;
  const fileVerify = booleanSetting(file.verify, fileWhere);
  if (fileVerify !== undefined) fromFile.verify = fileVerify;

  const fromEnv: ClientSettings = {};
  if (env.SL_ENDPOINT_URL) fromEnv.endpointUrl = env.SL_ENDPOINT_URL;
  if (env.SL_USERNAME) fromEnv.username = env.SL_USERNAME;
  if (env.SL_API_KEY) fromEnv.apiKey = env.SL_API_KEY;
  if (env.https_proxy) fromEnv.proxy = env.https_proxy;
  const envTimeout = seconds(env.SL_TIMEOUT, 'SL_TIMEOUT');
  if (envTimeout) fromEnv.timeoutMs = envTimeout;

  const merged: ClientSettings = { ...fromFile };
  for (const layer of [fromEnv, sources.options ?? {}]) {
    for (const [key, value] of Object.entries(layer) as Array<[keyof ClientSettings, unknown]>) {
      if (value !== undefined && value !== '' && value !== null) Object.assign(merged, { [key]: value });
    }
  }
  return merged;
}
