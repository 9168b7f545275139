import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';

// What the differential test cannot compare for the storage orders: click's usage errors (slcli prints its usage
// first), sl's own messages where it refuses before any call, and the text tables of volume-options.
describe('sl block|file storage orders: usage errors and deliberate differences', () => {
  const session = useEmulatorSession();
  const { sl } = session;

  it.each([
    [['block', 'volume-order', '--size', '20'], "Error: Missing option '--storage-type'."],
    [
      ['block', 'volume-order', '--storage-type', 'fast', '--size', '20'],
      "Error: Invalid value for '--storage-type': 'fast' is not one of 'performance', 'endurance'.",
    ],
    [['file', 'volume-order', '--storage-type', 'endurance'], "Error: Missing option '--size'."],
    [
      [
        'block',
        'volume-order',
        '--storage-type',
        'endurance',
        '--size',
        '20',
        '--tier',
        '2',
        '--location',
        'dal10',
      ],
      "Error: Missing option '--os-type'.",
    ],
    [
      [
        'file',
        'volume-order',
        '--storage-type',
        'endurance',
        '--size',
        '20',
        '--tier',
        '3',
        '--location',
        'dal10',
      ],
      "Error: Invalid value for '--tier': '3' is not one of '0.25', '2', '4', '10'.",
    ],
    [['block', 'replica-order', '42000006', '-s', 'DAILY'], "Error: Missing option '--datacenter' / '-d'."],
    [['file', 'replica-order', '42000002', '-s', 'DAILY'], "Error: Missing option '--location' / '-l'."],
    [
      ['file', 'replica-order', '42000002', '-l', 'dal10', '-s', 'YEARLY'],
      "Error: Invalid value for '--snapshot-schedule' / '-s': 'YEARLY' is not one of 'HOURLY', 'DAILY', 'WEEKLY'.",
    ],
    [['block', 'snapshot-order', '42000001'], "Error: Missing option '--capacity'."],
    [
      ['block', 'volume-duplicate', '42000001', '--dependent-duplicate', 'maybe'],
      "Error: Invalid value for '--dependent-duplicate': 'maybe' is not a valid boolean.",
    ],
    [
      ['file', 'volume-modify', '42000007', '-t', '3'],
      "Error: Invalid value for '--new-tier' / '-t': '3' is not one of '0.25', '2', '4', '10'.",
    ],
  ])('%j stops with a usage error (exit 2)', async (args, message) => {
    const run = await sl(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
    expect(run.stdout).toBe('');
  });

  it('a legacy offering is named on stdout before hourly billing is refused', async () => {
    const run = await sl([
      ...['block', 'volume-order', '--storage-type', 'endurance', '--size', '20', '--tier', '2'],
      ...[
        '--os-type',
        'LINUX',
        '--location',
        'dal10',
        '--service-offering',
        'enterprise',
        '--billing',
        'hourly',
      ],
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('enterprise is a legacy storage offering\n');
    expect(run.stderr.trim()).toBe(
      'Hourly billing is only available for the storage_as_a_service service offering',
    );
  });

  it('refuses before any call what the manager checks: no change, no such schedule, no such datacenter', async () => {
    const modify = await sl(['block', 'volume-modify', '42000001']);
    expect(modify.code).toBe(2);
    expect(modify.stderr.trim()).toBe('Error: orderModifiedVolume: give a new size, IOPS or tier level');
    const replica = await sl(['block', 'replica-order', '42000001', '-d', 'dal10', '-s', 'DAILY']);
    expect(replica.code).toBe(2);
    expect(replica.stderr.trim()).toBe('Error: the volume has no DAILY snapshot schedule');
    const order = await sl([
      ...['file', 'volume-order', '--storage-type', 'endurance', '--size', '20', '--tier', '2'],
      ...['--location', 'nowhere'],
    ]);
    expect(order.code).toBe(2);
    expect(order.stderr.trim()).toBe(
      'Error: no datacenter named nowhere: give the lower case short name (dal09)',
    );
    expect(`${modify.stderr}${replica.stderr}${order.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('prints the receipt as text in every format, choices in any case as slcli', async () => {
    const run = await sl([
      ...['--format', 'json', 'file', 'volume-order', '--storage-type', 'ENDURANCE', '--size', '80'],
      ...['--tier', '4', '--location', 'dal10', '--billing', 'Hourly'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^Order #\d+ placed successfully!\n > Storage as a Service\n > File Storage\n/,
    );
    expect(run.stdout).toMatch(
      /\n\nYou may run "slcli file volume-list --order \d+" to find this file volume/,
    );
  });

  it('volume-options prints four titled tables, items sorted by id', async () => {
    const run = await sl(['--format', 'table', 'block', 'volume-options', 'dal10', '--prices']);
    expect(run.code, run.stderr).toBe(0);
    const titles = run.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => ['Datacenter', 'IOPS', 'Storage', 'Snapshot'].includes(line));
    expect(titles).toEqual(['Datacenter', 'IOPS', 'Storage', 'Snapshot']);
    expect(run.stdout).toMatch(/1441195\W+dal10 - Dallas 10\W+DALLAS10/);
    expect(run.stdout).toMatch(/Capacity Minimum\W+Prices/);
  });
});
