import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIni, readClientSettings } from '../src/index';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sl-config-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

const noSystem = { systemConfigFile: false } as const;

describe('parseIni', () => {
  it('reads sections, both separators, comments and continuation lines', () => {
    expect(
      parseIni(
        '# c\n[softlayer]\nusername = SL1\napi_key: abc\n; other\nEndpoint_URL=https://x/rest\n  /more\n[other]\na=b\n',
      ),
    ).toEqual({
      softlayer: { username: 'SL1', api_key: 'abc', endpoint_url: 'https://x/rest\n/more' },
      other: { a: 'b' },
    });
  });
});

describe('readClientSettings precedence: options > environment > config files', () => {
  it('reads ~/.softlayer', () => {
    writeFileSync(
      join(home, '.softlayer'),
      '[softlayer]\nusername = file-user\napi_key = file-key\ntimeout = 2.5\nverify = false\n',
    );
    expect(readClientSettings({ homeDir: home, env: {}, ...noSystem })).toEqual({
      username: 'file-user',
      apiKey: 'file-key',
      timeoutMs: 2500,
      verify: false,
    });
  });

  it('lets the environment win over the file and options win over both; empty values are unset', () => {
    writeFileSync(
      join(home, '.softlayer'),
      '[softlayer]\nusername = file-user\napi_key = file-key\nendpoint_url = https://file/xmlrpc\n',
    );
    const env = {
      SL_USERNAME: 'env-user',
      SL_API_KEY: '',
      SL_ENDPOINT_URL: 'https://env/rest/v3.1',
      SL_TIMEOUT: '7',
      https_proxy: 'http://127.0.0.1:3128',
    };
    expect(readClientSettings({ homeDir: home, env, ...noSystem })).toEqual({
      username: 'env-user',
      apiKey: 'file-key',
      endpointUrl: 'https://env/rest/v3.1',
      timeoutMs: 7000,
      proxy: 'http://127.0.0.1:3128',
    });
    expect(
      readClientSettings({
        homeDir: home,
        env,
        options: { username: 'opt-user', endpointUrl: '' },
        ...noSystem,
      }),
    ).toMatchObject({ username: 'opt-user', endpointUrl: 'https://env/rest/v3.1' });
  });

  it('reads the system file first, then ~/.softlayer, then the given file', () => {
    const system = join(home, 'system.conf');
    const extra = join(home, 'extra.conf');
    writeFileSync(
      system,
      '[softlayer]\nusername = system-user\napi_key = system-key\nproxy = http://system\n',
    );
    writeFileSync(join(home, '.softlayer'), '[softlayer]\nusername = home-user\n');
    writeFileSync(extra, '[softlayer]\napi_key = extra-key\n');
    expect(
      readClientSettings({ homeDir: home, env: {}, systemConfigFile: system, configFile: extra }),
    ).toEqual({
      username: 'home-user',
      apiKey: 'extra-key',
      proxy: 'http://system',
    });
  });

  it('works with no config file at all, and rejects a bad timeout with SL_CONFIG', () => {
    expect(readClientSettings({ homeDir: home, env: {}, ...noSystem })).toEqual({});
    expect(() => readClientSettings({ homeDir: home, env: { SL_TIMEOUT: 'soon' }, ...noSystem })).toThrow(
      expect.objectContaining({ code: 'SL_CONFIG' }),
    );
  });
});
