import { formatApiDate } from '../data/dates';
import type {
  SecurityGroupBindingRecord,
  SecurityGroupRecord,
  SecurityGroupRuleRecord,
} from '../data/records';
import type { EmulatorState } from '../data/state';
import { findGuestComponent } from './guest-network-component';
import { compact, defineModel, type TypeModel } from './type-model';

const GROUP = 'SoftLayer_Network_SecurityGroup';

/** A group's rules, in id order. */
export function rulesOf(state: EmulatorState, groupId: number): SecurityGroupRuleRecord[] {
  return state.securityGroupRules.filter((rule) => rule.securityGroupId === groupId);
}

/** A group's bindings to network components that still exist (a cancelled guest's bindings go with it). */
export function bindingsOf(state: EmulatorState, groupId: number): SecurityGroupBindingRecord[] {
  return state.securityGroupBindings.filter(
    (binding) =>
      binding.securityGroupId === groupId &&
      findGuestComponent(state, binding.networkComponentId) !== undefined,
  );
}

/** A rule as the API shows it: what is "any" (null) is left out. */
export function ruleView(rule: SecurityGroupRuleRecord): Record<string, unknown> {
  return compact({
    id: rule.id,
    securityGroupId: rule.securityGroupId,
    direction: rule.direction,
    ethertype: rule.ethertype,
    protocol: rule.protocol,
    portRangeMin: rule.portRangeMin,
    portRangeMax: rule.portRangeMax,
    remoteIp: rule.remoteIp,
    remoteGroupId: rule.remoteGroupId,
    createDate: formatApiDate(rule.createdAt),
    modifyDate: formatApiDate(rule.modifiedAt),
  });
}

export const securityGroupModel: TypeModel<unknown> = defineModel<SecurityGroupRecord>({
  type: GROUP,
  direct: ['id', 'name', 'description'],
  local(group) {
    return compact({
      id: group.id,
      name: group.name,
      description: group.description,
      createDate: formatApiDate(group.createdAt),
      modifyDate: formatApiDate(group.modifiedAt),
    });
  },
  relations: {
    account: { type: 'SoftLayer_Account', get: (_group, context) => context.state },
    rules: {
      type: 'SoftLayer_Network_SecurityGroup_Rule',
      get: (group, context) => rulesOf(context.state, group.id),
    },
    networkComponentBindings: {
      type: 'SoftLayer_Virtual_Network_SecurityGroup_NetworkComponentBinding',
      get: (group, context) => bindingsOf(context.state, group.id),
    },
    orderBindings: { type: 'SoftLayer_Network_SecurityGroup_OrderBinding', get: () => [] },
  },
});

export const securityGroupRuleModel: TypeModel<unknown> = defineModel<SecurityGroupRuleRecord>({
  type: 'SoftLayer_Network_SecurityGroup_Rule',
  direct: ['id', 'securityGroupId', 'direction', 'ethertype'],
  local: ruleView,
  relations: {
    securityGroup: {
      type: GROUP,
      get: (rule, context) => context.state.securityGroups.get(rule.securityGroupId),
    },
    remoteGroup: {
      type: GROUP,
      get: (rule, context) =>
        rule.remoteGroupId === null ? undefined : context.state.securityGroups.get(rule.remoteGroupId),
    },
  },
});

export const securityGroupBindingModel: TypeModel<unknown> = defineModel<SecurityGroupBindingRecord>({
  type: 'SoftLayer_Virtual_Network_SecurityGroup_NetworkComponentBinding',
  direct: ['id', 'securityGroupId', 'networkComponentId'],
  local(binding) {
    return {
      id: binding.id,
      networkComponentId: binding.networkComponentId,
      securityGroupId: binding.securityGroupId,
    };
  },
  relations: {
    networkComponent: {
      type: 'SoftLayer_Virtual_Guest_Network_Component',
      get: (binding, context) => findGuestComponent(context.state, binding.networkComponentId),
    },
    securityGroup: {
      type: GROUP,
      get: (binding, context) => context.state.securityGroups.get(binding.securityGroupId),
    },
  },
});
