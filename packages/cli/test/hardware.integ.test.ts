import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';

// The hardware and dedicatedhost groups through the real binary: bad input gets a clear error and slcli's exit
// code and changes nothing; declined prompts change nothing; what slcli cannot do against the API, sl does.

describe('sl hardware and dedicatedhost', () => {
  const session = useEmulatorSession();
  const { sl, json } = session;

  it('an unknown server or host is refused with slcli exit codes', async () => {
    const byName = await sl(['hw', 'detail', 'no-such-host']);
    expect(byName.code).toBe(2);
    expect(byName.stderr.trim()).toBe("Error: Unable to find hardware 'no-such-host'");
    const byId = await sl(['hw', 'detail', '999']);
    expect(byId.code).toBe(1);
    expect(byId.stderr).toMatch(/^SoftLayerAPIError\(SoftLayer_Exception_ObjectNotFound\)/);
    const host = await sl(['dh', 'detail', 'no-such-host']);
    expect(host.code).toBe(2);
    expect(host.stderr.trim()).toBe("Error: Unable to find dedicated host 'no-such-host'");
    for (const result of [byName, byId, host]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an ambiguous hostname names every match and changes nothing', async () => {
    expect((await sl(['hw', 'edit', '1200002', '-H', 'gpu01'])).code).toBe(0);
    const before = await json(['hw', 'list']);
    const result = await sl(['-y', 'hw', 'power-off', 'gpu01']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("Error: Multiple hardware found for 'gpu01': 1200001, 1200002");
    expect(await json(['hw', 'list'])).toEqual(before);
    expect((await sl(['hw', 'edit', '1200002', '-H', 'metal02'])).code).toBe(0);
  });

  it('declined prompts change nothing', async () => {
    const detail = await json(['hw', 'detail', '1200003']);
    const cancel = await sl(['hw', 'cancel', '1200003'], 'no\n');
    expect(cancel.code).toBe(2);
    expect(cancel.stderr).toContain('Aborted');
    const reload = await sl(['hw', 'reload', '1200003']);
    expect(reload.code).toBe(2);
    const reboot = await sl(['hw', 'reboot', '1200003'], 'n\n');
    expect(reboot.code).toBe(2);
    expect(reboot.stderr).toContain('This will power off the server with id 1200003. Continue? [y/N]');
    const firmware = await sl(['hw', 'update-firmware', '1200003'], 'n\n');
    expect(firmware.code).toBe(2);
    expect(await json(['hw', 'detail', '1200003'])).toEqual(detail);
    const hosts = await json(['dh', 'list']);
    expect((await sl(['dh', 'cancel', '656001'], 'no\n')).code).toBe(2);
    expect(await json(['dh', 'list'])).toEqual(hosts);
  });

  it('typing the id cancels the server', async () => {
    const cancel = await sl(['hw', 'cancel', '1200006', '--reason', 'cost'], '1200006\n');
    expect(cancel.code, cancel.stderr).toBe(0);
    const refused = await sl(['-y', 'hw', 'cancel', '1200006']);
    expect(refused.code).not.toBe(0);
  });

  it('an unknown cancellation reason is refused before any change', async () => {
    const result = await sl(['-y', 'hw', 'cancel', '1200007', '--reason', 'bored']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown reason "bored"');
    expect((await sl(['-y', 'hw', 'cancel', '1200007'])).code).toBe(0);
  });

  it('create-credential adds a password to the named software', async () => {
    const created = (await json([
      'hw',
      'create-credential',
      '1200001',
      '-U',
      'operator',
      '-P',
      'not-a-secret-1',
      '--system',
      'ubuntu',
    ])) as Record<string, unknown>;
    expect(created.Username).toBe('operator');
    const credentials = (await json(['hw', 'credentials', '1200001'])) as Array<Record<string, unknown>>;
    expect(credentials.map((row) => row.Username)).toContain('operator');
    const unknown = await sl([
      'hw',
      'create-credential',
      '1200001',
      '-U',
      'a',
      '-P',
      'b',
      '--system',
      'beos',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('System id not found');
  });

  it('dh create-options with a flavor lists the routers; dh create verifies and orders a host', async () => {
    expect(await json(['dh', 'create-options', '-d', 'lon06', '-f', '56_CORES_X_242_RAM_X_1_4_TB'])).toEqual([
      [{ 'Available Backend Routers': 'bcr01a.lon06' }],
    ]);
    const args = ['dh', 'create', '-H', 'newhost', '-D', 'example.com', '-d', 'lon06'];
    const flavor = ['-f', '56_CORES_X_242_RAM_X_1_4_TB'];
    const verified = await json([...args, ...flavor, '--verify']);
    expect(verified).toEqual([
      [{ Item: 'Total hourly cost', cost: expect.stringMatching(/^\d+\.\d\d$/) }],
      '',
    ]);
    const declined = await sl([...args, ...flavor], 'n\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('Aborting dedicated host order.');
    const before = ((await json(['dh', 'list'])) as unknown[]).length;
    const ordered = (await json(['-y', ...args, ...flavor, '--billing', 'monthly'])) as unknown[];
    expect(ordered[2]).toMatchObject({ id: expect.any(Number) });
    expect(((await json(['dh', 'list'])) as unknown[]).length).toBe(before + 1);
  });
});
