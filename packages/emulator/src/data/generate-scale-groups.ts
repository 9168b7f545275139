// The autoscale groups of a generated account: an active group whose members are two of the generated guests, and
// a suspended empty one. Derived from the guests and keys without drawing random numbers, so adding them left every
// other generated object as it was (the two guests only gain their `scaleGroupId`).
import { DATACENTERS } from './catalog';
import { vlansOf } from './network';
import type { GuestRecord } from './records';
import type { ScaleGroupRecord, ScaleLogRecord, ScalePolicyRecord } from './scale-group-record';

export interface GeneratedScaleGroups {
  scaleGroups: ScaleGroupRecord[];
  scalePolicies: ScalePolicyRecord[];
  scaleLogs: ScaleLogRecord[];
}

export interface ScaleGroupGeneration {
  /** The generated guests; the last two in Dallas become the first group's members. */
  guests: GuestRecord[];
  sshKeyIds: readonly number[];
  allocate: (kind: 'scaleGroup' | 'scalePolicy' | 'scaleLog') => number;
  /** When the account was generated (dates count back from it). */
  anchor: number;
}

const DAY = 86_400_000;

/** Regional groups (`SoftLayer_Location_Group_Regional`) a group can be in, with their datacenters. */
export const REGIONAL_GROUPS: ReadonlyArray<{ id: number; name: string; datacenters: readonly string[] }> = [
  { id: 4568, name: 'na-usa-central-1', datacenters: ['dal10', 'dal12', 'dal13'] },
  { id: 4569, name: 'eu-gb-1', datacenters: ['lon06'] },
  { id: 4570, name: 'eu-de-1', datacenters: ['fra02'] },
];

/** The datacenters of a regional group, as locations (none for an unknown group). */
export function regionalLocations(
  regionalGroupId: number,
): Array<{ id: number; name: string; longName: string }> {
  const group = REGIONAL_GROUPS.find((candidate) => candidate.id === regionalGroupId);
  return (group?.datacenters ?? []).flatMap((name) => {
    const datacenter = DATACENTERS.find((dc) => dc.name === name);
    return datacenter ? [{ id: datacenter.id, name: datacenter.name, longName: datacenter.longName }] : [];
  });
}

export function generateScaleGroups({
  guests,
  sshKeyIds,
  allocate,
  anchor,
}: ScaleGroupGeneration): GeneratedScaleGroups {
  const scaleGroups: ScaleGroupRecord[] = [];
  const scalePolicies: ScalePolicyRecord[] = [];
  const scaleLogs: ScaleLogRecord[] = [];
  const central = new Set(regionalLocations(4568).map((location) => location.id));
  const members = guests.filter((guest) => central.has(guest.datacenterId)).slice(-2);
  const app: ScaleGroupRecord = {
    id: allocate('scaleGroup'),
    name: 'app-asg',
    regionalGroupId: 4568,
    minimumMemberCount: 1,
    maximumMemberCount: 5,
    cooldown: 1800,
    suspended: false,
    balancedTermination: false,
    terminationPolicyId: 1,
    template: {
      hostname: 'app',
      domain: 'example.com',
      startCpus: 2,
      maxMemory: 4096,
      datacenter: { name: 'dal13' },
      operatingSystemReferenceCode: 'UBUNTU_20_64',
      hourlyBillingFlag: true,
      localDiskFlag: false,
      networkComponents: [{ maxSpeed: 100 }],
      blockDevices: [
        { device: '0', diskImage: { capacity: 25 } },
        { device: '2', diskImage: { capacity: 100 } },
      ],
      sshKeys: sshKeyIds.slice(0, 1).map((id) => ({ id })),
    },
    createdAt: anchor - 90 * DAY,
    modifiedAt: anchor - 3 * DAY,
    membersCreated: members.length,
    networkVlanIds: [vlansOf(1854795).private.id],
  };
  scaleGroups.push(app);
  for (const member of members) member.scaleGroupId = app.id;
  scalePolicies.push(
    {
      id: allocate('scalePolicy'),
      groupId: app.id,
      name: 'grow',
      cooldown: 600,
      amount: 1,
      createdAt: app.createdAt,
    },
    {
      id: allocate('scalePolicy'),
      groupId: app.id,
      name: 'shrink',
      cooldown: 0,
      amount: -1,
      createdAt: app.createdAt,
    },
  );
  scaleLogs.push(
    {
      id: allocate('scaleLog'),
      groupId: app.id,
      description: 'Created: 0 -> 1 members',
      createdAt: app.createdAt,
    },
    {
      id: allocate('scaleLog'),
      groupId: app.id,
      description: `Scaled by 1: 1 -> ${members.length} members`,
      createdAt: app.modifiedAt,
    },
  );
  scaleGroups.push({
    id: allocate('scaleGroup'),
    name: 'batch-asg',
    regionalGroupId: 4569,
    minimumMemberCount: 0,
    maximumMemberCount: 10,
    cooldown: 3600,
    suspended: true,
    balancedTermination: true,
    terminationPolicyId: 2,
    template: {
      hostname: 'batch',
      domain: 'example.org',
      startCpus: 4,
      maxMemory: 8192,
      datacenter: { name: 'lon06' },
      operatingSystemReferenceCode: 'UBUNTU_22_64',
      hourlyBillingFlag: true,
      localDiskFlag: true,
      blockDevices: [{ device: '0', diskImage: { capacity: 100 } }],
      sshKeys: sshKeyIds.slice(1, 3).map((id) => ({ id })),
      postInstallScriptUri: 'https://example.org/provision.sh',
    },
    createdAt: anchor - 30 * DAY,
    modifiedAt: anchor - 30 * DAY,
    membersCreated: 0,
  });
  return { scaleGroups, scalePolicies, scaleLogs };
}
