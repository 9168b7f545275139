import { randomUUID } from 'node:crypto';
import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { bindingsOfComponent, findGuestComponent } from '../models/guest-network-component';
import { bindingsOf, ruleView } from '../models/security-group';
import { locationView } from '../models/shared-views';
import { listArg, objectArg, toInteger } from './arguments';
import { editedRule, newRule } from './security-group-rules';
import {
  type MethodInput,
  type MethodOutput,
  row,
  rows,
  type ServiceDefinition,
  value,
} from './service-definition';

const GROUP = 'SoftLayer_Network_SecurityGroup';

/** Security groups a network component may belong to at once. */
const GROUPS_PER_COMPONENT = 5;

/** The API answers changes to rules and bindings with a request (they apply asynchronously on the real API). */
function request(method: string): string {
  return `${method}-${randomUUID()}`;
}

function textProperty(
  template: Record<string, unknown>,
  key: 'name' | 'description',
  most: number,
): string | null | undefined {
  const raw = template[key];
  if (raw === undefined) return undefined;
  if (raw === null || raw === '') return null;
  if (typeof raw !== 'string' || raw.length > most) {
    throw faults.invalidValue(`${key} must be a string of at most ${most} characters.`);
  }
  return raw;
}

/** The name and description a template sets (undefined: left as it is; null: cleared). */
function groupProperties(
  template: Record<string, unknown>,
): Partial<Pick<SecurityGroupRecord, 'name' | 'description'>> {
  const out: Partial<Pick<SecurityGroupRecord, 'name' | 'description'>> = {};
  const name = textProperty(template, 'name', 100);
  const description = textProperty(template, 'description', 255);
  if (name !== undefined) out.name = name;
  if (description !== undefined) out.description = description;
  return out;
}

function templateOf(raw: unknown, what: string): Record<string, unknown> {
  return objectArg([raw], 0, what);
}

function create(state: EmulatorState, raw: unknown, now: number): SecurityGroupRecord {
  const properties = groupProperties(templateOf(raw, `${GROUP} template`));
  const group: SecurityGroupRecord = {
    id: state.allocateId('securityGroup'),
    name: properties.name ?? null,
    description: properties.description ?? null,
    createdAt: now,
    modifiedAt: now,
  };
  state.securityGroups.insert(group);
  return group;
}

/** A group named by a template's `id` (editObjects, deleteObjects). */
function groupOfTemplate(
  state: EmulatorState,
  raw: unknown,
): { group: SecurityGroupRecord; template: Record<string, unknown> } {
  const template = templateOf(raw, `${GROUP} template`);
  const id = toInteger(template.id);
  if (id === undefined) throw faults.missingParameter('Each template needs the id of the security group.');
  const group = state.securityGroups.get(id);
  if (!group) throw faults.objectNotFound(id);
  return { group, template };
}

/** Refuses to delete a group with attached components, or one a rule of another group allows as remote group. */
function checkDeletable(
  state: EmulatorState,
  group: SecurityGroupRecord,
  alsoDeleted: ReadonlySet<number>,
): void {
  if (bindingsOf(state, group.id).length > 0) {
    throw faults.publicError(
      `Security group ${group.id} cannot be deleted while network components are attached to it.`,
    );
  }
  const remote = state.securityGroupRules
    .all()
    .find((rule) => rule.remoteGroupId === group.id && !alsoDeleted.has(rule.securityGroupId));
  if (remote) {
    throw faults.publicError(
      `Security group ${group.id} cannot be deleted: it is the remote security group of rule ${remote.id} of security group ${remote.securityGroupId}.`,
    );
  }
}

function remove(state: EmulatorState, group: SecurityGroupRecord): void {
  for (const rule of state.securityGroupRules.filter((candidate) => candidate.securityGroupId === group.id)) {
    state.securityGroupRules.delete(rule.id);
  }
  for (const binding of state.securityGroupBindings.filter(
    (candidate) => candidate.securityGroupId === group.id,
  )) {
    state.securityGroupBindings.delete(binding.id);
  }
  state.securityGroups.delete(group.id);
}

function rulesAnswer(method: string, rules: readonly SecurityGroupRuleRecord[]): MethodOutput {
  return row('SoftLayer_Network_SecurityGroup_RequestRules', {
    requestId: request(method),
    rules: rules.map(ruleView),
  });
}

function groupRules(state: EmulatorState, group: SecurityGroupRecord): SecurityGroupRuleRecord[] {
  return state.securityGroupRules.filter((rule) => rule.securityGroupId === group.id);
}

function addRules(input: MethodInput): MethodOutput {
  const group = input.row as SecurityGroupRecord;
  const { state, now } = input.context;
  const templates = listArg(input.call.args, 0, 'ruleTemplates');
  const drafts = templates.map((raw) => newRule(raw, group.id, state, now));
  const created = state.mutate(() => {
    const rules = drafts.map((draft) =>
      state.securityGroupRules.insert({ id: state.allocateId('securityGroupRule'), ...draft }),
    );
    group.modifiedAt = now;
    return rules;
  });
  return rulesAnswer('addRules', created);
}

function editRules(input: MethodInput): MethodOutput {
  const group = input.row as SecurityGroupRecord;
  const { state, now } = input.context;
  const current = groupRules(state, group);
  const edited = listArg(input.call.args, 0, 'ruleTemplates').map((raw) =>
    editedRule(raw, current, state, now),
  );
  state.mutate(() => {
    for (const rule of edited)
      Object.assign(state.securityGroupRules.get(rule.id) as SecurityGroupRuleRecord, rule);
    group.modifiedAt = now;
  });
  return rulesAnswer('editRules', edited);
}

function removeRules(input: MethodInput): MethodOutput {
  const group = input.row as SecurityGroupRecord;
  const { state, now } = input.context;
  const current = groupRules(state, group);
  const removed = listArg(input.call.args, 0, 'ruleIds').map((raw) => {
    const rule = current.find((candidate) => candidate.id === toInteger(raw));
    if (!rule) throw faults.objectNotFound(raw);
    return rule;
  });
  state.mutate(() => {
    for (const rule of removed) state.securityGroupRules.delete(rule.id);
    group.modifiedAt = now;
  });
  return rulesAnswer('removeRules', removed);
}

/** The component ids of an attach/detach call, each a guest network component that exists. */
function componentIds(input: MethodInput): number[] {
  return [
    ...new Set(
      listArg(input.call.args, 0, 'networkComponentIds').map((raw) => {
        const id = toInteger(raw);
        if (id === undefined || !findGuestComponent(input.context.state, id))
          throw faults.objectNotFound(raw);
        return id;
      }),
    ),
  ];
}

function attachNetworkComponents(input: MethodInput): MethodOutput {
  const group = input.row as SecurityGroupRecord;
  const { state, now } = input.context;
  const ids = componentIds(input);
  for (const id of ids) {
    const bindings = bindingsOfComponent(state, id);
    if (bindings.some((binding) => binding.securityGroupId === group.id)) {
      throw faults.invalidValue(`Network component ${id} is already attached to security group ${group.id}.`);
    }
    if (bindings.length >= GROUPS_PER_COMPONENT) {
      throw faults.invalidValue(
        `Network component ${id} already has ${GROUPS_PER_COMPONENT} security groups, the most it can have.`,
      );
    }
  }
  state.mutate(() => {
    for (const id of ids) {
      state.securityGroupBindings.insert({
        id: state.allocateId('securityGroupBinding'),
        securityGroupId: group.id,
        networkComponentId: id,
        createdAt: now,
      });
    }
    group.modifiedAt = now;
  });
  return row('SoftLayer_Network_SecurityGroup_Request', { requestId: request('attachNetworkComponents') });
}

function detachNetworkComponents(input: MethodInput): MethodOutput {
  const group = input.row as SecurityGroupRecord;
  const { state, now } = input.context;
  const bindings = componentIds(input).map((id) => {
    const binding = bindingsOfComponent(state, id).find(
      (candidate) => candidate.securityGroupId === group.id,
    );
    if (!binding)
      throw faults.invalidValue(`Network component ${id} is not attached to security group ${group.id}.`);
    return binding;
  });
  state.mutate(() => {
    for (const binding of bindings) state.securityGroupBindings.delete(binding.id);
    group.modifiedAt = now;
  });
  return row('SoftLayer_Network_SecurityGroup_Request', { requestId: request('detachNetworkComponents') });
}

/** SoftLayer_Network_SecurityGroup: the account's security groups, their rules and attached guest interfaces. */
export const securityGroupService: ServiceDefinition = {
  name: GROUP,
  type: GROUP,
  find: (id, context) => context.state.securityGroups.get(id),
  methods: {
    getAllObjects: (input) => rows(GROUP, input.context.state.securityGroups.all()),
    getSupportedDataCenters: () => rows('SoftLayer_Location', DATACENTERS.map(locationView)),
    createObject: (input) => {
      const { state, now } = input.context;
      return row(
        GROUP,
        state.mutate(() => create(state, input.call.args[0], now)),
      );
    },
    createObjects: (input) => {
      const { state, now } = input.context;
      const templates = listArg(input.call.args, 0, 'templateObjects');
      for (const raw of templates) groupProperties(templateOf(raw, `${GROUP} template`));
      return rows(
        GROUP,
        state.mutate(() => templates.map((raw) => create(state, raw, now))),
      );
    },
    editObject: (input) => {
      const group = input.row as SecurityGroupRecord;
      const changes = groupProperties(objectArg(input.call.args, 0, `${GROUP} template`));
      input.context.state.mutate(() => Object.assign(group, changes, { modifiedAt: input.context.now }));
      return value(true);
    },
    editObjects: (input) => {
      const { state, now } = input.context;
      const edits = listArg(input.call.args, 0, 'templateObjects').map((raw) => {
        const { group, template } = groupOfTemplate(state, raw);
        return { group, changes: groupProperties(template) };
      });
      state.mutate(() => {
        for (const { group, changes } of edits) Object.assign(group, changes, { modifiedAt: now });
      });
      return value(true);
    },
    deleteObject: (input) => {
      const group = input.row as SecurityGroupRecord;
      const { state } = input.context;
      checkDeletable(state, group, new Set([group.id]));
      state.mutate(() => remove(state, group));
      return value(true);
    },
    deleteObjects: (input) => {
      const { state } = input.context;
      const groups = listArg(input.call.args, 0, 'templateObjects').map(
        (raw) => groupOfTemplate(state, raw).group,
      );
      const ids = new Set(groups.map((group) => group.id));
      for (const group of groups) checkDeletable(state, group, ids);
      state.mutate(() => {
        for (const group of groups) remove(state, group);
      });
      return value(true);
    },
    addRules,
    editRules,
    removeRules,
    attachNetworkComponents,
    detachNetworkComponents,
  },
};
