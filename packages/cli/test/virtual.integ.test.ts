import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@sl/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSl, writeConfig } from './run-binary';

// `sl virtual` through the real binary: bad input gets slcli's error and exit code and changes nothing; declined
// prompts change nothing; what the differential test cannot compare (slcli fails or prints the time) is checked here.

const DATES = ['-s', '2025-01-01', '-e', '2025-01-02'];

/** Every command that takes a guest, with the options it needs; `-y` answers its prompt. */
const GUEST_COMMANDS: ReadonlyArray<readonly string[]> = [
  ['detail'],
  ['-y', 'cancel'],
  ['-y', 'reload'],
  ['power-on'],
  ['-y', 'power-off'],
  ['-y', 'reboot'],
  ['-y', 'pause'],
  ['resume'],
  ['-y', 'rescue'],
  ['edit', '-H', 'renamed'],
  ['ready'],
  ['-y', 'dns-sync'],
  ['credentials'],
  ['-y', 'upgrade', '--cpu', '2'],
  ['capture', '-n', 'image'],
  ['bandwidth', ...DATES],
  ['usage', ...DATES, '-t', 'CPU0'],
  ['storage'],
  ['billing'],
  ['authorize-storage', '-u', 'SL02SEL307609-1'],
];

/** Runs `sl vs <command…> <identifier> <options…>` (the identifier right after the command word). */
function vs(config: string, command: readonly string[], identifier: string, input = '') {
  const global = command[0] === '-y' ? ['-y'] : [];
  const [word, ...options] = command[0] === '-y' ? command.slice(1) : command;
  return runSl(['--config', config, ...global, 'vs', word as string, identifier, ...options], input);
}

describe('sl virtual against the emulator', () => {
  let emulator: Emulator;
  let config: string;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    config = writeConfig(emulator);
  });

  afterAll(async () => {
    await emulator?.close();
  });

  const guests = async (): Promise<unknown> => {
    const result = await runSl([
      '--config',
      config,
      '--format',
      'json',
      'call-api',
      'Account',
      'getVirtualGuests',
      '--mask',
      'id,hostname,domain,powerState.keyName,maxCpu,maxMemory,activeTransaction.id,tagReferences.tag.name',
    ]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  };

  it.each(
    GUEST_COMMANDS.map((command) => [command.filter((word) => word !== '-y').join(' '), command] as const),
  )(
    '%s: an unknown name or id, or several guests, is refused and changes nothing',
    async (_name, command) => {
      const before = await guests();
      const noun = command.includes('billing') || command.includes('authorize-storage') ? 'virtual' : 'VS';
      const unknown = await vs(config, command, 'no-such-host');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr.trim()).toBe(`Error: Unable to find ${noun} 'no-such-host'`);
      const several = await vs(config, command, 'web*');
      expect(several.code).toBe(2);
      expect(several.stderr).toMatch(new RegExp(`^Error: Multiple ${noun} found for 'web\\*': \\d+, \\d+`));
      const missing = await vs(config, command, '999');
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^SoftLayerAPIError\(SoftLayer_Exception_ObjectNotFound\)/);
      for (const result of [unknown, several, missing]) {
        expect(result.stdout).toBe('');
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
      expect(await guests()).toEqual(before);
    },
  );

  it('a declined prompt changes nothing and exits 2', async () => {
    const before = await guests();
    for (const [command, answer] of [
      [['cancel'], 'no\n'],
      [['reload'], 'nope\n'],
      [['power-off'], 'n\n'],
      [['reboot', '--hard'], 'n\n'],
      [['pause'], '\n'],
      [['rescue'], 'no\n'],
      [['upgrade', '--cpu', '2'], 'n\n'],
      [['dns-sync'], 'n\n'],
    ] as const) {
      const result = await vs(config, command, '80000003', answer);
      expect(result.code, `${command.join(' ')}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(/Abort/);
    }
    expect(await guests()).toEqual(before);
  });

  it('bad option values are usage errors (exit 2) before any change', async () => {
    const before = await guests();
    for (const args of [
      ['vs', 'list', '--transient', 'maybe'],
      ['vs', 'list', '--columns', ''],
      ['vs', 'edit', '80000003', '--public-speed', '5'],
      ['vs', 'upgrade', '80000003', '--memory', '1500mb'],
      ['vs', 'upgrade', '80000003', '--resize-disk', '100'],
      ['vs', 'create', '-H', 'a', '-D', 'b.test', '-d', 'dal13', '-o', 'X', '-m', 'lots', '--test'],
      ['vs', 'capture', '80000003'],
      ['vs', 'bandwidth', '80000003', '-s', '2025-01-01'],
      ['vs', 'ready', '80000003', '--wait', 'soon'],
      ['--format', 'table', 'vs', 'list', '--sortby', 'nope'],
    ]) {
      const result = await runSl(['--config', config, '-y', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await guests()).toEqual(before);
  });

  it('vs, vm and virtual name the same group', async () => {
    const outputs = await Promise.all(
      ['vs', 'vm', 'virtual'].map((word) =>
        runSl(['--config', config, '--format', 'json', word, 'list', '--columns', 'id,hostname']),
      ),
    );
    expect(outputs[0]?.code).toBe(0);
    expect(outputs[1]?.stdout).toBe(outputs[0]?.stdout);
    expect(outputs[2]?.stdout).toBe(outputs[0]?.stdout);
  });

  it('notification-add and notification-delete (slcli fails on the add: its mask leaves out the guest)', async () => {
    const added = await runSl([
      '--config',
      config,
      '--format',
      'json',
      'vs',
      'notification-add',
      '80000004',
      '--users',
      '7000002',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const [id] = Object.keys(JSON.parse(added.stdout));
    const listed = JSON.parse(
      (await runSl(['--config', config, '--format', 'json', 'vs', 'notifications', '80000004'])).stdout,
    );
    expect(listed).toEqual({ [id as string]: 'web04.shop.example' });
    const deleted = await runSl(['--config', config, 'vs', 'notification-delete', id as string]);
    expect(deleted.stdout).toBe(`The virtual server notification instance: ${id} was deleted.\n`);
    const after = await runSl(['--config', config, '--format', 'json', 'vs', 'notifications', '80000004']);
    expect(JSON.parse(after.stdout)).toEqual({});
  });

  it('capture prints the new image template transaction', async () => {
    const result = await runSl([
      '--config',
      config,
      '--format',
      'json',
      'vs',
      'capture',
      '80000005',
      '-n',
      'golden',
      '--all',
      'yes',
      '--note',
      'n',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const table = JSON.parse(result.stdout);
    expect(Object.keys(table)).toEqual([
      'globalIdentifier',
      'date',
      'time',
      'transaction',
      'transaction_id',
      'all_disks',
    ]);
    expect(table.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.all_disks).toBe('yes');
  });

  it('create --export writes a template that create --template orders the same', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sl-vs-')), 'guest.cfg');
    const options = [
      '-H',
      'tpl',
      '-D',
      'example.com',
      '-c',
      '2',
      '-m',
      '2048',
      '-d',
      'dal13',
      '-o',
      'UBUNTU_LATEST',
    ];
    const direct = await runSl([
      '--config',
      config,
      '--format',
      'json',
      'vs',
      'create',
      ...options,
      '--test',
    ]);
    expect(direct.code, direct.stderr).toBe(0);
    const exported = await runSl(['--config', config, 'vs', 'create', ...options, '--export', file]);
    expect(exported.stdout).toBe('Successfully exported options to a template file.\n');
    expect(readFileSync(file, 'utf8')).toContain('hostname=tpl\n');
    const fromTemplate = await runSl([
      '--config',
      config,
      '--format',
      'json',
      'vs',
      'create',
      '-t',
      file,
      '--test',
    ]);
    expect(fromTemplate.stdout).toBe(direct.stdout);
    const like = await runSl([
      '--config',
      config,
      '--format',
      'json',
      'vs',
      'create',
      '--like',
      '80000003',
      '-H',
      'clone',
      '--test',
    ]);
    expect(like.code, like.stderr).toBe(0);
    expect(JSON.parse(like.stdout).length).toBeGreaterThan(1);
  });

  it("a new guest is not ready at once: ready exits 2 with slcli's message", async () => {
    const created = await runSl([
      '--config',
      config,
      '-y',
      '--format',
      'json',
      'vs',
      'create',
      '-H',
      'fresh',
      '-D',
      'example.com',
      '-c',
      '1',
      '-m',
      '1024',
      '-d',
      'dal13',
      '-o',
      'UBUNTU_LATEST',
    ]);
    expect(created.code, created.stderr).toBe(0);
    const id = String(created.stdout.match(/"ID": (\d+)/)?.[1]);
    const ready = await runSl(['--config', config, 'vs', 'ready', id]);
    expect(ready.code).toBe(2);
    expect(ready.stderr.trim()).toBe(`Instance ${id} not ready`);
  });
});
