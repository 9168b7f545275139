import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';

const PLACE = [
  'order',
  'place',
  '--complex-type',
  'SoftLayer_Container_Product_Order_Virtual_Guest',
  '--extras',
  '{"virtualGuests": [{"hostname": "asked", "domain": "example.com"}]}',
  'PUBLIC_CLOUD_SERVER',
  'DALLAS13',
  'GUEST_CORE_2',
  'RAM_4_GB',
  'GUEST_DISK_25_GB_SAN',
  'OS_UBUNTU_22_64',
  'BANDWIDTH_0_GB_2',
  '1_IP_ADDRESS',
  '1000_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
  'REBOOT_REMOTE_CONSOLE',
];

// What the differential test cannot show: the prompt before an order, and the text tables.
describe('sl order', () => {
  const session = useEmulatorSession();
  const { sl } = session;
  const guestNamed = async (hostname: string) =>
    (JSON.parse((await sl(['--format', 'json', 'vs', 'list', '-H', hostname])).stdout) as unknown[]).length;

  it('place asks first: no orders nothing, yes orders', async () => {
    const declined = await sl(PLACE, 'n\n');
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('This action will incur charges on your account. Continue? [y/N]');
    expect(declined.stderr).toContain('Aborting order.');
    expect(await guestNamed('asked')).toBe(0);

    const accepted = await sl(['--format', 'json', ...PLACE], 'y\n');
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ status: 'APPROVED' });
    expect(await guestNamed('asked')).toBe(1);
  });

  it('place --verify never asks and orders nothing', async () => {
    const verified = await sl(['--format', 'json', 'order', 'place', '--verify', ...PLACE.slice(2)], '');
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toContainEqual({
      keyName: 'GUEST_CORE_2',
      description: '2 x 2.0 GHz or higher Cores',
      cost: '0.050',
    });
    expect(verified.stderr).not.toContain('Continue?');
  });

  it('preset-list --prices prints the notice, the totals as Python floats and the preset locations', async () => {
    const run = await sl(['order', 'preset-list', 'BARE_METAL_SERVER', '--prices']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      '*NOTICE*: Cost includes all items in a preset, and may include optional items.',
    );
    expect(run.stdout).toMatch(/790 +S1270_8GB_2X1TBSATA_NORAID +1\.6 +240\.0 +All/);
    expect(run.stdout).toContain('dal10, dal13');
  });

  // slcli looks the location up by key name for its closing-pod warning and crashes (`TypeError`) on anything else
  // as soon as a pod is closing (the emulator's dal05 and sao01 are); sl takes a short name and names a bad one.
  it('place --verify takes a short datacenter name and names an unknown location', async () => {
    const short = await sl([
      '--format',
      'json',
      'order',
      'place',
      '--verify',
      ...PLACE.slice(2).map((word) => (word === 'DALLAS13' ? 'dal13' : word)),
    ]);
    expect(short.code, short.stderr).toBe(0);
    expect(JSON.parse(short.stdout)).toContainEqual(expect.objectContaining({ keyName: 'GUEST_CORE_2' }));

    const unknown = await sl([
      'order',
      'place',
      '--verify',
      'PUBLIC_CLOUD_SERVER',
      'NOWHERE',
      'GUEST_CORE_4',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')[0]).toBe('Unable to find location: NOWHERE');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });

  it('a quote id that is not a number is a usage error (slcli sends it and prints the API fault)', async () => {
    const run = await sl(['order', 'quote-detail', 'abc']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Invalid value for 'QUOTE': 'abc' is not a valid integer.");
  });
});
