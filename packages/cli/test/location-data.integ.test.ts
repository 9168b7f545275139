import { describe, expect, it } from 'vitest';
import { useEmulatorSession } from './emulator-session';

// The text tables of what the emulator prices or stores by location (the differential test compares the json):
// `order item-list --prices LOCATION`, `image detail`'s datacenters and a replica's schedule in `volume-detail`.
describe('location data in text tables', () => {
  const session = useEmulatorSession();
  const { sl } = session;

  it('order item-list --prices LOCATION prints the standard prices, then the titled location table', async () => {
    const run = await sl([
      'order',
      'item-list',
      'PUBLIC_CLOUD_SERVER',
      '--prices',
      'AMSTERDAM03',
      '-c',
      'guest_core',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^ +GUEST_CORE_4 +26002 +0\.100 +72\.00 +- - - None/));
    const title = lines.findIndex((line) => line.trim() === 'Item Prices for AMSTERDAM03');
    expect(title).toBeGreaterThan(0);
    // Left-aligned and sorted by key name (as text: GUEST_CORE_16 before GUEST_CORE_2).
    expect(lines[title + 1]).toMatch(/^ KeyName +Price Id +Hourly +Monthly +Restriction/);
    expect(lines[title + 2]).toMatch(/^ GUEST_CORE_1 +27000 +0\.028 +19\.80 +- - - None/);
    expect(lines[title + 3]).toMatch(/^ GUEST_CORE_16 +27012 /);
    expect(run.stdout).toMatch(/ RAM_16_GB +27030 +0\.264 +176\.00 /);
  });

  it('order item-list --prices in a datacenter without location prices prints an empty location table', async () => {
    const run = await sl(['order', 'item-list', 'PUBLIC_CLOUD_SERVER', '--prices', 'DALLAS13', '-c', 'ram']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n').slice(-2)).toEqual([
      expect.stringMatching(/Item Prices for DALLAS13/),
      expect.stringMatching(/^ KeyName +Price Id +Hourly +Monthly +Restriction *$/),
    ]);
  });

  it('vs create-options --prices prices presets at their location prices (slcli keeps only the last item)', async () => {
    // Deliberate difference (README): slcli's `_get_preset_cost` assigns instead of adding, so its sizes are 0.
    const run = await sl(['vs', 'create-options', 'ams03', '--prices']);
    expect(run.code, run.stderr).toBe(0);
    // B1.1x2x25 in ams03: GUEST_CORE_1 19.80 + RAM_2_GB 22.00 (+ the 25 GB disk, 0).
    expect(run.stdout).toMatch(/ B1\.1x2x25: 1 vCPU, 2 GB RAM, 25 GB disk +B1_1X2X25 +0\.0610 +41\.8000 /);
    expect(run.stdout).toContain('Extras Prices');
    const dallas = await sl(['vs', 'create-options', 'dal13', '--prices']);
    expect(dallas.code, dallas.stderr).toBe(0);
    expect(dallas.stdout).toMatch(/ B1_1X2X25 +0\.0550 +38\.0000 /);
  });

  it('image detail lists a datacenter per child, and no active transaction', async () => {
    const run = await sl(['image', 'detail', '5000009']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ active_transaction +\n/);
    expect(run.stdout).toMatch(/│ +fra02 +│ +25\.00G +│ +- +│/);
  });

  it('volume-detail shows the replicant schedule of a replica pair', async () => {
    const ordered = await sl(['-y', 'block', 'replica-order', '42000006', '-d', 'dal10', '-s', 'DAILY']);
    expect(ordered.code, ordered.stderr).toBe(0);
    const run = await sl(['block', 'volume-detail', '42000006']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/│ +Schedule +│ +REPLICATION_DAILY +│/);
    expect(run.stdout).toMatch(/│ +Data Center +│ +dal10 +│/);
  });
});
