import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import type { ScaleGroupRecord } from '../data/scale-group-record';
import { groupMembers, TERMINATION_POLICIES } from '../models/scale-group';
import { integerArg, objectArg, toFlag, toInteger } from './arguments';
import { checkGuestSpec, createGuest, specFromTemplate } from './create-guest';
import { removeGuest } from './remove-guest';
import { type MethodInput, row, type ServiceDefinition, value } from './service-definition';

const TYPE = 'SoftLayer_Scale_Group';

/** A member's template: the group's, with a numbered hostname and its datacenter by name. */
function memberTemplate(
  group: Pick<ScaleGroupRecord, 'template' | 'membersCreated'>,
  index: number,
): Record<string, unknown> {
  const template = { ...group.template };
  const datacenter = template.datacenter as { id?: unknown; name?: unknown } | undefined;
  const byId = DATACENTERS.find((dc) => dc.id === toInteger(datacenter?.id));
  if (byId) template.datacenter = { name: byId.name };
  template.hostname = `${String(group.template.hostname)}-${group.membersCreated + index + 1}`;
  return template;
}

/** Adds or removes members to reach `target` (inside a state change); logs what it did. */
function scaleTo(input: MethodInput, group: ScaleGroupRecord, target: number, why: string): void {
  const { state, now } = input.context;
  const members = groupMembers(group, input.context);
  if (target > members.length) {
    const adding = target - members.length;
    for (let index = 0; index < adding; index++) {
      const spec = specFromTemplate(memberTemplate(group, index), state.allocateId('order'));
      const guest = createGuest(state, spec, {
        now,
        provisioningMs: input.settings.provisioningMs,
        ownerUserId: input.context.user.id,
      });
      guest.scaleGroupId = group.id;
    }
    group.membersCreated += adding;
  } else if (target < members.length) {
    const policy = TERMINATION_POLICIES.find(
      (candidate) => candidate.id === group.terminationPolicyId,
    )?.keyName;
    const order = [...members].sort((a, b) => (policy === 'OLDEST' ? a.id - b.id : b.id - a.id));
    for (const guest of order.slice(0, members.length - target)) removeGuest(state, guest.id);
  }
  group.modifiedAt = now;
  state.scaleLogs.insert({
    id: state.allocateId('scaleLog'),
    groupId: group.id,
    description: `${why}: ${members.length} -> ${target} members`,
    createdAt: now,
  });
}

/** The member count a scale asks for, checked against the group's bounds (a fault outside them). */
function boundedTarget(group: ScaleGroupRecord, target: number): number {
  if (target < group.minimumMemberCount || target > group.maximumMemberCount) {
    throw faults.publicError(
      `Scale group ${group.name} must have from ${group.minimumMemberCount} to ${group.maximumMemberCount} members, not ${target}.`,
    );
  }
  return target;
}

/** The count and bounds of a template, checked: whole numbers, minimum not above maximum. */
function bounds(template: Record<string, unknown>, current?: ScaleGroupRecord): { min: number; max: number } {
  const min = toInteger(template.minimumMemberCount) ?? current?.minimumMemberCount;
  const max = toInteger(template.maximumMemberCount) ?? current?.maximumMemberCount;
  if (min === undefined || max === undefined || min < 0 || max < 1 || min > max) {
    throw faults.invalidValue(
      'minimumMemberCount and maximumMemberCount must be whole numbers, the minimum not above the maximum.',
    );
  }
  return { min, max };
}

/** `SoftLayer_Scale_Group`: autoscale groups whose members are created from a template and removed by policy. */
export const scaleGroupService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => context.state.scaleGroups.get(id),
  methods: {
    // A new group starts with its minimum member count (guests created from the template).
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, TYPE);
      const name = typeof template.name === 'string' ? template.name.trim() : '';
      if (name === '') throw faults.missingParameter('A scale group needs a name.');
      const { min, max } = bounds(template);
      const memberTemplateObject = objectArg(
        [template.virtualGuestMemberTemplate],
        0,
        'virtualGuestMemberTemplate',
      );
      const terminationPolicyId = toInteger(template.terminationPolicyId) ?? 1;
      if (!TERMINATION_POLICIES.some((policy) => policy.id === terminationPolicyId)) {
        throw faults.invalidValue(`Invalid terminationPolicyId "${String(template.terminationPolicyId)}".`);
      }
      const { state, now } = input.context;
      if (state.scaleGroups.all().some((group) => group.name === name)) {
        throw faults.publicError(`A scale group named ${name} already exists.`);
      }
      const draft = { template: memberTemplateObject, membersCreated: 0 };
      checkGuestSpec(state, specFromTemplate(memberTemplate(draft, 0), 0));
      const group = state.mutate(() => {
        const created = state.scaleGroups.insert({
          id: state.allocateId('scaleGroup'),
          name,
          regionalGroupId: toInteger(template.regionalGroupId) ?? 0,
          minimumMemberCount: min,
          maximumMemberCount: max,
          cooldown: toInteger(template.cooldown) ?? 1800,
          suspended: toFlag(template.suspendedFlag),
          balancedTermination: toFlag(template.balancedTerminationFlag),
          terminationPolicyId,
          template: memberTemplateObject,
          createdAt: now,
          modifiedAt: now,
          membersCreated: 0,
          networkVlanIds: (Array.isArray(template.networkVlans) ? template.networkVlans : []).flatMap(
            (entry) => toInteger((entry as { networkVlanId?: unknown } | null)?.networkVlanId) ?? [],
          ),
        });
        for (const policy of Array.isArray(template.policies) ? template.policies : []) {
          const entry = (policy ?? {}) as {
            name?: unknown;
            cooldown?: unknown;
            scaleActions?: Array<{ amount?: unknown }>;
          };
          state.scalePolicies.insert({
            id: state.allocateId('scalePolicy'),
            groupId: created.id,
            name: typeof entry.name === 'string' ? entry.name : 'policy',
            cooldown: toInteger(entry.cooldown) ?? created.cooldown,
            amount: toInteger(entry.scaleActions?.[0]?.amount) ?? 1,
            createdAt: now,
          });
        }
        scaleTo(input, created, min, 'Created');
        return created;
      });
      return row(TYPE, group);
    },
    // Changes the name, bounds, cooldown or suspension; the members stay (a later scale honours the new bounds).
    editObject: (input) => {
      const group = input.row as ScaleGroupRecord;
      const template = objectArg(input.call.args, 0, TYPE);
      const { min, max } = bounds(template, group);
      const name = template.name === undefined ? group.name : String(template.name).trim();
      if (name === '') throw faults.invalidValue('The name must not be empty.');
      input.context.state.mutate(() => {
        group.name = name;
        group.minimumMemberCount = min;
        group.maximumMemberCount = max;
        if (template.cooldown !== undefined) group.cooldown = toInteger(template.cooldown) ?? group.cooldown;
        if (template.suspendedFlag !== undefined) group.suspended = toFlag(template.suspendedFlag);
        group.modifiedAt = input.context.now;
      });
      return value(true);
    },
    // (amount): adds (or, negative, removes) members, within the bounds.
    scale: (input) => {
      const group = input.row as ScaleGroupRecord;
      const amount = integerArg(input.call.args, 0, 'amount');
      const target = boundedTarget(group, groupMembers(group, input.context).length + amount);
      input.context.state.mutate(() => scaleTo(input, group, target, `Scaled by ${amount}`));
      return value(true);
    },
    // (amount): sets the member count, within the bounds.
    scaleTo: (input) => {
      const group = input.row as ScaleGroupRecord;
      const target = boundedTarget(group, integerArg(input.call.args, 0, 'amount'));
      input.context.state.mutate(() => scaleTo(input, group, target, 'Scaled to'));
      return value(true);
    },
    // Deletes the group with its members, policies and logs.
    forceDeleteObject: (input) => deleteGroup(input),
    deleteObject: (input) => deleteGroup(input),
  },
};

function deleteGroup(input: MethodInput): ReturnType<typeof value> {
  const group = input.row as ScaleGroupRecord;
  const { state } = input.context;
  state.mutate(() => {
    for (const guest of groupMembers(group, input.context)) removeGuest(state, guest.id);
    for (const policy of state.scalePolicies.filter((each) => each.groupId === group.id))
      state.scalePolicies.delete(policy.id);
    for (const log of state.scaleLogs.filter((each) => each.groupId === group.id))
      state.scaleLogs.delete(log.id);
    state.scaleGroups.delete(group.id);
  });
  return value(true);
}

export const scalePolicyService: ServiceDefinition = {
  name: 'SoftLayer_Scale_Policy',
  type: 'SoftLayer_Scale_Policy',
  find: (id, context) => context.state.scalePolicies.get(id),
  methods: {},
};
