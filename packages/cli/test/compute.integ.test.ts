import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';

// Compute commands through the real binary where slcli cannot be compared (it crashes against the API; see the
// README's deliberate differences): `vs host-create`, `hw create`'s refusals, `autoscale` by name.

describe('sl compute commands', () => {
  const session = useEmulatorSession();
  const { sl, json } = session;

  it('vs host-create verifies, asks before ordering, and orders a host that vs host-list shows', async () => {
    const args = ['vs', 'host-create', '-H', 'newhost', '-D', 'example.com', '-d', 'lon06'];
    const flavor = ['-f', '56_CORES_X_242_RAM_X_1_4_TB'];
    expect(await json([...args, ...flavor, '--verify'])).toEqual([
      [{ Item: 'Total hourly cost', cost: expect.stringMatching(/^\d+\.\d\d$/) }],
      '',
    ]);
    const declined = await sl([...args, ...flavor], 'n\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborting dedicated host order.');
    const unknown = await sl([...args, '-f', 'NOPE', '--verify']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const before = ((await json(['vs', 'host-list'])) as unknown[]).length;
    const ordered = (await json(['-y', ...args, ...flavor, '--billing', 'monthly'])) as unknown[];
    expect(ordered[2]).toMatchObject({ id: expect.any(Number) });
    expect(((await json(['vs', 'host-list'])) as unknown[]).length).toBe(before + 1);
  });

  const HW_ORDER = ['hw', 'create', '-H', 'new1', '-D', 'example.com', '-s', 'S1270_8GB_2X1TBSATA_NORAID'];
  const HW_WHERE = ['-o', 'OS_UBUNTU_22_64', '-d', 'dal13'];

  it('hw create refuses an order without a port speed or network and unknown keys, ordering nothing', async () => {
    const before = ((await json(['hw', 'list'])) as unknown[]).length;
    const noSpeed = await sl([...HW_ORDER, ...HW_WHERE, '--test']);
    expect(noSpeed.code).toBe(2);
    expect(noSpeed.stderr.trim()).toBe('Error: verifyOrder: give portSpeed or network');
    const badSize = await sl([
      '-y',
      'hw',
      'create',
      '-H',
      'n',
      '-D',
      'example.com',
      '-s',
      'NOPE',
      ...HW_WHERE,
      '--port-speed',
      '100',
    ]);
    expect(badSize.code).toBe(2);
    expect(badSize.stderr.trim()).toBe('Error: Preset NOPE does not exist in package BARE_METAL_SERVER');
    const badExtra = await sl(['-y', ...HW_ORDER, ...HW_WHERE, '--port-speed', '100', '-e', 'NOPE']);
    expect(badExtra.code).toBe(2);
    expect(badExtra.stderr.trim()).toBe('Error: Item NOPE does not exist for package BARE_METAL_SERVER');
    const declined = await sl([...HW_ORDER, ...HW_WHERE, '--port-speed', '100'], 'n\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborting dedicated server order.');
    for (const result of [noSpeed, badSize, badExtra, declined])
      expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(((await json(['hw', 'list'])) as unknown[]).length).toBe(before);
  });

  it('hw create --export writes a template that --template reads back; missing options are asked for', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sl-hw-')), 'order.txt');
    const exported = await sl([
      ...HW_ORDER,
      ...HW_WHERE,
      '--port-speed',
      '100',
      '-k',
      '2500001',
      '--export',
      file,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.trim()).toBe('Successfully exported options to a template file.');
    const template = readFileSync(file, 'utf8');
    expect(template).toContain('size=S1270_8GB_2X1TBSATA_NORAID\n');
    expect(template).toContain('port_speed=100\n');
    expect(template).not.toContain('export');
    const fromTemplate = (await json(['hw', 'create', '-t', file, '-H', 'other', '--test'])) as unknown[];
    expect(fromTemplate[0]).toEqual(
      expect.arrayContaining([{ Item: 'Total monthly cost', cost: expect.stringMatching(/^\d+\.\d\d$/) }]),
    );
    const asked = await sl(
      ['--format', 'json', 'hw', 'create', '--port-speed', '100', '--test'],
      ['new1', 'example.com', 'S1270_8GB_2X1TBSATA_NORAID', 'OS_UBUNTU_22_64', 'dal13', ''].join('\n'),
    );
    expect(asked.code, asked.stderr).toBe(0);
    const noAnswer = await sl(['hw', 'create', '--port-speed', '100', '--test']);
    expect(noAnswer.code).toBe(1);
    expect(noAnswer.stderr).toContain('Aborted!');
  });

  it('autoscale detail and delete take a group name; an unknown one is refused', async () => {
    // Four documents (group, template, policies, members), as slcli prints them.
    const detail = await sl(['--format', 'json', 'autoscale', 'detail', 'batch-asg']);
    expect(detail.code, detail.stderr).toBe(0);
    expect(JSON.parse(detail.stdout.slice(0, detail.stdout.indexOf('}') + 1))).toMatchObject({
      Id: 12346,
      Datacenter: 'London 6',
    });
    const unknown = await sl(['autoscale', 'delete', 'no-such-group']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe("Error: Unable to find autoscale group 'no-such-group'");
    const deleted = await sl(['autoscale', 'delete', 'batch-asg']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe('batch-asg deleted successfully\n');
    expect((await json(['autoscale', 'list'])) as unknown[]).toHaveLength(1);
  });
});
