import { formatApiDate } from '../data/dates';
import { REGIONAL_GROUPS, regionalLocations } from '../data/generate-scale-groups';
import { findVlan } from '../data/ordered-vlans';
import type { GuestRecord } from '../data/records';
import type { ScaleGroupRecord, ScalePolicyRecord } from '../data/scale-group-record';
import { defineModel, type TypeModel, type ViewContext } from './type-model';

/** The termination policies (`SoftLayer_Scale_Termination_Policy`): which members go first when scaling down. */
export const TERMINATION_POLICIES: ReadonlyArray<{ id: number; keyName: string; name: string }> = [
  { id: 1, keyName: 'OLDEST', name: 'Oldest' },
  { id: 2, keyName: 'NEWEST', name: 'Newest' },
  { id: 3, keyName: 'CLOSEST_TO_NEXT_CHARGE', name: 'Closest to next charge' },
];

export function groupMembers(group: ScaleGroupRecord, context: ViewContext): GuestRecord[] {
  return context.state.guests.filter((guest) => guest.scaleGroupId === group.id);
}

function lastAction(group: ScaleGroupRecord, context: ViewContext): string | undefined {
  const times = context.state.scaleLogs.filter((log) => log.groupId === group.id).map((log) => log.createdAt);
  return times.length === 0 ? undefined : formatApiDate(Math.max(...times));
}

export const scaleGroupModel: TypeModel<unknown> = defineModel<ScaleGroupRecord>({
  type: 'SoftLayer_Scale_Group',
  direct: ['id', 'name'],
  local: (group, context) => ({
    id: group.id,
    name: group.name,
    accountId: context.state.accountId,
    cooldown: group.cooldown,
    createDate: formatApiDate(group.createdAt),
    modifyDate: formatApiDate(group.modifiedAt),
    minimumMemberCount: group.minimumMemberCount,
    maximumMemberCount: group.maximumMemberCount,
    regionalGroupId: group.regionalGroupId,
    suspendedFlag: group.suspended,
    balancedTerminationFlag: group.balancedTermination,
    terminationPolicyId: group.terminationPolicyId,
    // When the group last scaled (its newest log entry).
    lastActionDate: lastAction(group, context),
    // Relational in the API; kept with the local properties here because it is a template, not a stored guest (the
    // guest model cannot present it).
    virtualGuestMemberTemplate: { ...group.template, sshKeys: group.template.sshKeys ?? [] },
  }),
  relations: {
    status: {
      type: 'SoftLayer_Scale_Group_Status',
      get: (group) =>
        group.suspended
          ? { id: 2, keyName: 'SUSPENDED', name: 'Suspended' }
          : { id: 1, keyName: 'ACTIVE', name: 'Active' },
    },
    terminationPolicy: {
      type: 'SoftLayer_Scale_Termination_Policy',
      get: (group) => TERMINATION_POLICIES.find((policy) => policy.id === group.terminationPolicyId),
    },
    virtualGuestMemberCount: {
      type: 'unsignedInt',
      get: (group, context) => groupMembers(group, context).length,
    },
    virtualGuestMembers: {
      type: 'SoftLayer_Scale_Member_Virtual_Guest',
      get: (group, context) =>
        groupMembers(group, context).map((guest) => ({
          id: guest.id * 10 + 1,
          scaleGroupId: group.id,
          virtualGuestId: guest.id,
          createDate: formatApiDate(guest.createdAt),
          virtualGuest: {
            id: guest.id,
            hostname: guest.hostname,
            domain: guest.domain,
            provisionDate: guest.provisionedAt === null ? undefined : formatApiDate(guest.provisionedAt),
          },
        })),
    },
    policies: {
      type: 'SoftLayer_Scale_Policy',
      get: (group, context) => context.state.scalePolicies.filter((policy) => policy.groupId === group.id),
    },
    logs: {
      type: 'SoftLayer_Scale_Group_Log',
      get: (group, context) =>
        context.state.scaleLogs
          .filter((log) => log.groupId === group.id)
          .map((log) => ({
            id: log.id,
            createDate: formatApiDate(log.createdAt),
            description: log.description,
          })),
    },
    networkVlans: {
      type: 'SoftLayer_Scale_Network_Vlan',
      get: (group, context) =>
        (group.networkVlanIds ?? []).flatMap((vlanId, index) => {
          const vlan = findVlan(context.state, vlanId);
          if (!vlan) return [];
          return [
            {
              id: group.id * 10 + index,
              scaleGroupId: group.id,
              networkVlanId: vlan.id,
              networkVlan: {
                id: vlan.id,
                vlanNumber: vlan.vlanNumber,
                name: vlan.name,
                networkSpace: vlan.networkSpace,
                primaryRouter: { id: vlan.routerId, hostname: vlan.routerHostname },
              },
            },
          ];
        }),
    },
    loadBalancers: { type: 'SoftLayer_Scale_LoadBalancer', get: () => [] },
    regionalGroup: {
      type: 'SoftLayer_Location_Group_Regional',
      get: (group) => ({
        id: group.regionalGroupId,
        name:
          REGIONAL_GROUPS.find((region) => region.id === group.regionalGroupId)?.name ??
          `regional-${group.regionalGroupId}`,
        locations: regionalLocations(group.regionalGroupId),
      }),
    },
  },
});

export const scalePolicyModel: TypeModel<unknown> = defineModel<ScalePolicyRecord>({
  type: 'SoftLayer_Scale_Policy',
  direct: ['id', 'name'],
  local: (policy) => ({
    id: policy.id,
    name: policy.name,
    cooldown: policy.cooldown,
    scaleGroupId: policy.groupId,
    createDate: formatApiDate(policy.createdAt),
  }),
  relations: {
    scaleActions: {
      type: 'SoftLayer_Scale_Policy_Action_Scale',
      get: (policy) => [{ id: policy.id * 10, amount: policy.amount, scaleType: 'RELATIVE', typeId: 1 }],
    },
    actions: {
      type: 'SoftLayer_Scale_Policy_Action',
      get: (policy) => [{ id: policy.id * 10, typeId: 1, type: { keyName: 'SCALE', name: 'Scale' } }],
    },
    triggers: {
      type: 'SoftLayer_Scale_Policy_Trigger',
      get: (policy) => [
        { id: policy.id * 10 + 1, typeId: 3, type: { keyName: 'REPEATING', name: 'Repeating' } },
      ],
    },
  },
});
