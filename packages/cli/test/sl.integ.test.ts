import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSl, writeConfig } from './run-binary';

describe('sl against the emulator', () => {
  let emulator: Emulator;
  let config: string;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it('declining the prompt changes nothing and exits 2', async () => {
    const declined = await runSl(['--config', config, 'dns', 'zone-delete', 'example.com'], 'no\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborted.');
    const noInput = await runSl(['--config', config, 'dns', 'zone-delete', 'example.com']);
    expect(noInput.code).toBe(2);
    const zones = JSON.parse(
      (await runSl(['--config', config, '--format', 'json', 'dns', 'zone-list'])).stdout,
    );
    expect(zones.map((zone: { zone: string }) => zone.zone)).toContain('example.com');
  });

  it('typing the confirmation or -y goes ahead', async () => {
    await runSl(['--config', config, 'dns', 'zone-create', 'gone-1.test']);
    await runSl(['--config', config, 'dns', 'zone-create', 'gone-2.test']);
    expect(
      (await runSl(['--config', config, 'dns', 'zone-delete', 'gone-1.test'], 'gone-1.test\n')).code,
    ).toBe(0);
    expect((await runSl(['--config', config, '-y', 'dns', 'zone-delete', 'gone-2.test'])).code).toBe(0);
    const zones = (await runSl(['--config', config, '--format', 'csv', 'dns', 'zone-list'])).stdout;
    expect(zones).not.toContain('gone-');
  });

  it('usage errors exit 2, API faults exit 1 with the fault on stderr and no stack', async () => {
    expect((await runSl(['--config', config, 'dns', 'no-such-command'])).code).toBe(2);
    expect((await runSl(['--format', 'yaml', 'dns', 'zone-list'])).code).toBe(2);
    expect((await runSl(['--config', config, 'dns', 'record-list', 'example.com', '--ttl', 'x'])).code).toBe(
      2,
    );
    const fault = await runSl(['--config', config, 'call-api', 'Account', 'getNothingAtAll']);
    expect(fault.code).toBe(1);
    expect(fault.stdout).toBe('');
    expect(fault.stderr).toMatch(/^SoftLayerAPIError\(/);
    expect(fault.stderr).not.toMatch(/\n\s+at /);
  });

  it('files named on the command line: read and written, a missing one is a usage error naming it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sl-files-'));
    const keyFile = join(folder, 'id_test.pub');
    writeFileSync(keyFile, 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDfiles files@test\n');
    const added = await runSl(['--config', config, 'sshkey', 'add', 'from-file', '-f', keyFile]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^SSH key added: /);
    const printed = join(folder, 'printed.pub');
    expect((await runSl(['--config', config, 'sshkey', 'print', 'from-file', '-f', printed])).code).toBe(0);
    expect(readFileSync(printed, 'utf8')).toBe('ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDfiles files@test');

    const noKey = await runSl(['--config', config, 'sshkey', 'add', 'x', '-f', '/nonexistent/id.pub']);
    expect([noKey.code, noKey.stderr.trim()]).toEqual([
      2,
      "Error: Invalid value for '-f' / '--in-file': Path '/nonexistent/id.pub' does not exist.",
    ]);
    const noZone = await runSl(['--config', config, 'dns', 'import', '/nonexistent/zone.db']);
    expect([noZone.code, noZone.stderr.trim()]).toEqual([
      2,
      "Error: Invalid value for 'ZONEFILE': Path '/nonexistent/zone.db' does not exist.",
    ]);
  });
  it('-vvv lists the calls and a curl with $SL_USERNAME/$SL_API_KEY, never the key', async () => {
    const result = await runSl(['--config', config, '-vvv', '--format', 'json', 'dns', 'zone-list']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('SoftLayer_Account::getDomains');
    expect(result.stderr).toContain('$SL_API_KEY');
    expect(result.stderr).toContain('curl');
    expect(result.stderr).not.toContain(emulator.credentials.apiKey);
    expect(JSON.parse(result.stdout)).toHaveLength(5);
  });

  it('SLCLI_* variables give the global options their defaults', async () => {
    const result = await runSl(['dns', 'zone-list'], '', {
      SLCLI_CONFIG: config,
      SLCLI_FORMAT: 'json',
      SLCLI_VERBOSE: '1',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(5);
    expect(result.stderr).toContain('SoftLayer_Account::getDomains');
    const flagWins = await runSl(['--format', 'csv', 'dns', 'zone-list'], '', {
      SLCLI_CONFIG: config,
      SLCLI_FORMAT: 'json',
    });
    expect(flagWins.stdout).toMatch(/^id,zone,serial,updated,records\r\n/);
  });

  it('call-api pages a long list concurrently and keeps the order', async () => {
    const big = await startEmulator({ rateLimit: 0, guests: 4500 });
    try {
      const bigConfig = writeConfig(big);
      const result = await runSl([
        '--config',
        bigConfig,
        '--format',
        'jsonraw',
        'call-api',
        'Account',
        'getVirtualGuests',
        '--mask',
        'id',
      ]);
      const ids = (JSON.parse(result.stdout) as Array<{ id: number }>).map((guest) => guest.id);
      expect(ids).toHaveLength(4500);
      // One call for everything (what slcli does) gives the same list in the same order.
      const single = await runSl(
        ['--config', bigConfig, '--format', 'jsonraw', 'call-api', 'Account', 'getVirtualGuests'].concat([
          '--mask',
          'id',
          '--limit',
          '5000',
        ]),
      );
      expect(ids).toEqual((JSON.parse(single.stdout) as Array<{ id: number }>).map((guest) => guest.id));
    } finally {
      await big.close();
    }
  });

  it('call-api --output-typescript prints a snippet using @sl/client and calls nothing', async () => {
    const result = await runSl([
      'call-api',
      'Account',
      'getVirtualGuests',
      '--mask',
      'id,hostname',
      '-f',
      'virtualGuests.datacenter.name IN dal05,sng01',
      '--limit',
      '10',
      '--output-typescript',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("import { createClientFromEnv } from '@sl/client';");
    expect(result.stdout).toContain('"operation": "in"');
    expect(result.stdout).toContain('"limit": 10');
  });

  it('config setup writes the file with mode 0600 from flags or answers, keeping other sections', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sl-setup-'));
    const file = join(folder, 'softlayer.cfg');
    writeFileSync(file, '[other]\nkept = yes\n');
    const { username, apiKey } = emulator.credentials;
    const flags = [
      '--username',
      username,
      '--api-key',
      apiKey,
      '--endpoint',
      emulator.xmlrpcUrl,
      '--timeout',
      '30',
    ];
    const written = await runSl(['-C', file, '-y', 'config', 'setup', ...flags]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('Configuration Updated Successfully');
    expect(written.stdout).not.toContain(apiKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[other]\nkept = yes');
    expect(text).toContain(`api_key = ${apiKey}`);
    expect(text).toContain('timeout = 30');
    expect((await runSl(['-C', file, '--format', 'csv', 'dns', 'zone-list'])).code).toBe(0);

    const answered = join(folder, 'answered.cfg');
    const answers = `${emulator.xmlrpcUrl}\n${username}\n${apiKey}\n\nlight\n\n`;
    const prompted = await runSl(['-C', answered, 'config', 'setup'], answers);
    expect(prompted.code, prompted.stderr).toBe(0);
    expect(readFileSync(answered, 'utf8')).toContain('theme = light');

    const declined = join(folder, 'declined.cfg');
    const no = await runSl(['-C', declined, 'config', 'setup'], answers.replace(/\n\n$/, '\nn\n'));
    expect(no.code).toBe(2);
    expect(existsSync(declined)).toBe(false);

    const wrongKey = await runSl([
      '-C',
      declined,
      '-y',
      'setup',
      ...flags.slice(0, 2),
      '--api-key',
      'f'.repeat(64),
    ]);
    expect(wrongKey.code).not.toBe(0);
    expect(existsSync(declined)).toBe(false);
  });

  it('--help lists the groups; completion scripts name the commands', async () => {
    const help = await runSl(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('dns');
    expect(help.stdout).toContain('call-api');
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = await runSl(['completion', shell]);
      expect(script.code).toBe(0);
      expect(script.stdout).toContain('zone-list');
    }
  });
});

describe('sl --demo', () => {
  it('README example', async () => {
    const zones = await runSl(['--demo', 'dns', 'zone-list']);
    expect(zones.code, zones.stderr).toBe(0);
    expect(zones.stdout).toMatch(/^ id +zone +serial +updated +records/);
    const guests = await runSl([
      '--demo',
      '--format',
      'json',
      'call-api',
      'Account',
      'getVirtualGuests',
      '--mask',
      'id,hostname',
      '--limit',
      '3',
    ]);
    expect(JSON.parse(guests.stdout)).toHaveLength(3);
  });

  it('runs against the embedded demo account, the same every time', async () => {
    const first = await runSl(['--demo', '--format', 'json', 'dns', 'zone-list']);
    const second = await runSl(['--demo', '--format', 'json', 'dns', 'zone-list']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toHaveLength(3);
    expect(second.stdout).toBe(first.stdout);
  });

  it('needs no config and reads writes back within one run only', async () => {
    const created = await runSl(['--demo', 'dns', 'zone-create', 'demo-only.test']);
    expect(created.code).toBe(0);
    const zones = await runSl(['--demo', '--format', 'csv', 'dns', 'zone-list']);
    expect(zones.stdout).not.toContain('demo-only.test');
  });
});
