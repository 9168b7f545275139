import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';
import { runProgram, runSl, SL_BIN } from './run-binary';

/** Runs the binary with a preload that lists, at exit, every file of `dist/bin` it loaded; resolves with their names. */
async function loadedChunks(args: readonly string[]): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'sl-loaded-'));
  const log = join(folder, 'loaded.txt');
  writeFileSync(
    join(folder, 'list-loaded.cjs'),
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, Object.keys(require.cache)
  .filter((file) => file.includes('/dist/bin/')).map((file) => file.split('/').pop()).join('\\n')));\n`,
  );
  const run = await runProgram(process.execPath, [
    '--require',
    join(folder, 'list-loaded.cjs'),
    SL_BIN,
    ...args,
  ]);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

describe('nested groups (group → subgroup → command)', () => {
  it('help lists the subgroups and their commands', async () => {
    const vs = await runSl(['vs', '--help']);
    expect(vs.code).toBe(0);
    expect(vs.stdout).toMatch(/capacity +Manages Reserved Capacity/);
    expect(vs.stdout).toMatch(/placementgroup +Manages Placement Groups/);
    const capacity = await runSl(['vs', 'capacity', '--help']);
    expect(capacity.code).toBe(0);
    for (const command of ['create', 'create-guest', 'create-options', 'detail', 'list']) {
      expect(capacity.stdout).toMatch(new RegExp(`\\n +${command} `));
    }
    const credential = await runSl(['object-storage', 'credential', 'delete', '--help']);
    expect(credential.stdout).toContain('Usage: sl object-storage credential delete [options] <identifier>');
    expect(credential.stdout).toContain('--credential_id <id>');
    const unknown = await runSl(['vs', 'capacity', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'nope'");
  });

  it('loads only the subgroup the command line names', async () => {
    const help = await loadedChunks(['vs', '--help']);
    expect(help.some((file) => file.startsWith('virtual-'))).toBe(true);
    expect(help.some((file) => /^(capacity|placementgroup)-/.test(file))).toBe(false);
    const capacity = await loadedChunks(['vs', 'capacity', 'list', '--help']);
    expect(capacity.some((file) => file.startsWith('capacity-'))).toBe(true);
    expect(capacity.some((file) => file.startsWith('placementgroup-'))).toBe(false);
    const credential = await loadedChunks(['object-storage', 'credential', 'list', '--help']);
    expect(credential.some((file) => file.startsWith('credential-'))).toBe(true);
    expect(credential.some((file) => /^(capacity|virtual)-/.test(file))).toBe(false);
  });

  it('completion scripts complete subgroups and their commands', async () => {
    const bash = await runSl(['completion', 'bash']);
    expect(bash.stdout).toContain(
      '"vs capacity") COMPREPLY=($(compgen -W "create create-guest create-options detail list"',
    );
    expect(bash.stdout).toContain(
      '"object-storage credential") COMPREPLY=($(compgen -W "create delete limit list"',
    );
    expect(bash.stdout).toMatch(/"virtual"\) COMPREPLY=\(\$\(compgen -W "[^"]* capacity placementgroup"/);
    const fish = await runSl(['completion', 'fish']);
    expect(fish.stdout).toContain(
      "complete -c sl -f -n '__fish_seen_subcommand_from virtual; and __fish_seen_subcommand_from capacity' -a 'create create-guest create-options detail list'",
    );
    expect(fish.stdout).toContain(
      "complete -c sl -f -n '__fish_seen_subcommand_from object-storage; and not __fish_seen_subcommand_from credential' -a 'accounts endpoints credential'",
    );
    // bash runs the script: `sl vs capacity <TAB>` offers the subgroup's commands.
    const completed = await runProgram('bash', [
      '-c',
      `${bash.stdout}\nCOMP_WORDS=(sl vs capacity cr); COMP_CWORD=3; _sl_complete; echo "\${COMPREPLY[*]}"`,
    ]);
    expect(completed.stdout.trim()).toBe('create create-guest create-options');
  });
});

// What slcli cannot be compared on (see the README's deliberate differences).
describe('sl object-storage, vs capacity, vs placementgroup: deliberate differences', () => {
  const session = useEmulatorSession();
  const { sl } = session;
  const credentials = async () =>
    JSON.parse((await sl(['--format', 'json', 'object-storage', 'credential', 'list', '1230001'])).stdout);

  it('credential delete asks first; declined or without -c nothing changes', async () => {
    const before = await credentials();
    expect(before).toHaveLength(1);
    const declined = await sl(['object-storage', 'credential', 'delete', '1230001', '-c', '1103001'], 'n\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborted.');
    const missing = await sl(['-y', 'object-storage', 'credential', 'delete', '1230001']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe("Error: Missing option '--credential_id' / '-c'.");
    expect(await credentials()).toEqual(before);
    const deleted = await sl(
      ['object-storage', 'credential', 'delete', 'SLOS307600-2', '-c', '1103001'],
      'y\n',
    );
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout.trim()).toBe('True');
    expect(await credentials()).toEqual([]);
  });

  it('endpoints and capacity detail take a name as well as an id', async () => {
    const byName = await sl(['--format', 'json', 'object-storage', 'endpoints', 'SLOS307600-2']);
    const byId = await sl(['--format', 'json', 'object-storage', 'endpoints', '1230001']);
    expect(byName.code, byName.stderr).toBe(0);
    expect(byName.stdout).toBe(byId.stdout);
    const created = await sl([
      '-y',
      'vs',
      'capacity',
      'create',
      '-n',
      'rc1',
      '-b',
      '3000002',
      '-f',
      'B1_1X2_1_YEAR_TERM',
      '-i',
      '1',
    ]);
    expect(created.code, created.stderr).toBe(0);
    const detail = await sl(['--format', 'json', 'vs', 'capacity', 'detail', 'rc1']);
    expect(detail.code, detail.stderr).toBe(0);
    expect(JSON.parse(detail.stdout)).toEqual([
      { id: '-', hostname: '-', domain: '-', primary_ip: '-', backend_ip: '-' },
    ]);
    const unknown = await sl(['vs', 'capacity', 'detail', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe("Error: Unable to find reserved capacity group 'nope'");
  });

  it('create-guest needs --capacity-id; placementgroup delete declined changes nothing', async () => {
    const missing = await sl(['vs', 'capacity', 'create-guest', '-H', 'g', '-D', 'example.com', '--test']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe("Error: Missing option '--capacity-id'.");
    const created = await sl([
      'vs',
      'placementgroup',
      'create',
      '--name',
      'pg1',
      '-b',
      'bcr01a.dal10',
      '-r',
      'SPREAD',
    ]);
    expect(created.stdout.trim()).toBe('Successfully created placement group: ID: 12001, Name: pg1');
    const declined = await sl(['vs', 'placementgroup', 'delete', 'pg1'], 'n\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborting virtual server order.');
    const list = await sl(['--format', 'json', 'vs', 'placementgroup', 'list']);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });
});
