import { describe, expect, it } from 'vitest';
import { generateAccount } from './generate-account';
import { subnetOfAddress } from './network';

const now = Date.UTC(2026, 5, 1);

describe('generated storage volumes', () => {
  it('are deterministic for a seed, about half block and half file, Endurance and Performance', () => {
    const account = generateAccount({ seed: 9, now });
    expect(generateAccount({ seed: 9, now }).storageVolumes).toEqual(account.storageVolumes);
    expect(generateAccount({ seed: 9, now }).storageSnapshots).toEqual(account.storageSnapshots);
    expect(generateAccount({ seed: 10, now }).storageVolumes).not.toEqual(account.storageVolumes);
    const volumes = account.storageVolumes ?? [];
    expect(volumes).toHaveLength(12);
    expect(volumes.filter((volume) => volume.kind === 'block')).toHaveLength(6);
    expect(volumes.filter((volume) => volume.kind === 'file')).toHaveLength(6);
    const kinds = new Set(volumes.map((volume) => `${volume.offering}_${volume.kind}`));
    expect(kinds).toEqual(
      new Set(['ENDURANCE_block', 'PERFORMANCE_block', 'ENDURANCE_file', 'PERFORMANCE_file']),
    );
    for (const volume of volumes) {
      const pattern = volume.kind === 'block' ? /^SL02SEL\d+-\d+$/ : /^SL02SV\d+_\d+$/;
      expect(volume.username).toMatch(pattern);
      expect(volume.tierLevel === null).toBe(volume.offering === 'PERFORMANCE');
      expect(volume.lunId === null).toBe(volume.kind === 'file');
      expect(volume.bytesUsed).toBeLessThanOrEqual(volume.capacityGb * 1024 ** 3);
    }
    expect(new Set(volumes.map((volume) => volume.username)).size).toBe(12);
  });

  it('authorize real guests, servers and addresses, and keep snapshots under volumes with snapshot space', () => {
    const account = generateAccount({ seed: 4, guests: 300, hardware: 40, storageVolumes: 30, now });
    const guests = new Map(account.guests.map((guest) => [guest.id, guest]));
    const servers = new Map(account.hardware.map((server) => [server.id, server]));
    const volumes = new Map((account.storageVolumes ?? []).map((volume) => [volume.id, volume]));
    let authorized = 0;
    for (const volume of volumes.values()) {
      for (const id of volume.allowedGuestIds) {
        expect(guests.get(id)?.datacenterId).toBe(volume.datacenterId);
        authorized += 1;
      }
      for (const id of volume.allowedHardwareIds)
        expect(servers.get(id)?.datacenterId).toBe(volume.datacenterId);
      for (const address of volume.allowedIpAddresses) expect(subnetOfAddress(address)).toBeDefined();
    }
    expect(authorized).toBeGreaterThan(0);
    const snapshots = account.storageSnapshots ?? [];
    expect(snapshots.length).toBeGreaterThan(0);
    for (const snapshot of snapshots) {
      expect(volumes.get(snapshot.volumeId)?.snapshotCapacityGb).toBeGreaterThan(0);
      expect(volumes.has(snapshot.id)).toBe(false);
    }
  });

  it('leave the rest of the account as it was, and honour storageVolumes: 0', () => {
    const withStorage = generateAccount({ seed: 2, now });
    const without = generateAccount({ seed: 2, now, storageVolumes: 0 });
    expect(without.storageVolumes).toEqual([]);
    expect(without.storageSnapshots).toEqual([]);
    expect(without.guests).toEqual(withStorage.guests);
    expect(without.companyName).toBe(withStorage.companyName);
  });
});
