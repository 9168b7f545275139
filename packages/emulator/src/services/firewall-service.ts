// Firewalls: a server's standard firewall (`SoftLayer_Network_Component_Firewall`), a VLAN's dedicated or a
// multi-VLAN gateway firewall (`SoftLayer_Network_Vlan_Firewall`), and their rules changes
// (`SoftLayer_Network_Firewall_Update_Request`), which apply at once.
import { faults } from '../api-fault';
import { formatApiDate } from '../data/dates';
import type { FirewallRecord, FirewallUpdateRequestRecord } from '../data/firewall-record';
import {
  accessListOwner,
  componentFirewallView,
  isStandard,
  ruleViews,
  vlanFirewallView,
} from '../models/firewall';
import type { ViewContext } from '../models/type-model';
import { objectArg, toInteger } from './arguments';
import { checkRules } from './firewall-rules';
import { type MethodInput, rows, type ServiceDefinition, value } from './service-definition';

function standardFirewall(id: number, context: ViewContext): FirewallRecord | undefined {
  const record = context.state.firewalls.get(id);
  return record && isStandard(record) ? record : undefined;
}

function dedicatedFirewall(id: number, context: ViewContext): FirewallRecord | undefined {
  const record = context.state.firewalls.get(id);
  return record && !isStandard(record) ? record : undefined;
}

export const componentFirewallService: ServiceDefinition = {
  name: 'SoftLayer_Network_Component_Firewall',
  type: 'SoftLayer_Network_Component_Firewall',
  find: (id, context) => {
    const record = standardFirewall(id, context);
    return record ? componentFirewallView(record, context) : undefined;
  },
  methods: {
    getRules: (input) =>
      rows(
        'SoftLayer_Network_Component_Firewall_Rule',
        ruleViews(standardFirewall(input.id ?? 0, input.context)!),
      ),
  },
};

export const vlanFirewallService: ServiceDefinition = {
  name: 'SoftLayer_Network_Vlan_Firewall',
  type: 'SoftLayer_Network_Vlan_Firewall',
  find: (id, context) => {
    const record = dedicatedFirewall(id, context);
    return record ? vlanFirewallView(record, context) : undefined;
  },
  methods: {
    getRules: (input) =>
      rows(
        'SoftLayer_Network_Vlan_Firewall_Rule',
        ruleViews(dedicatedFirewall(input.id ?? 0, input.context)!),
      ),
  },
};

function requestView(request: FirewallUpdateRequestRecord, context: ViewContext): Record<string, unknown> {
  const firewall = context.state.firewalls.get(request.firewallId);
  return {
    id: request.id,
    createDate: formatApiDate(request.createdAt),
    applyDate: formatApiDate(request.createdAt),
    userRecordId: request.userId,
    ...(request.accessControlListId === null
      ? { networkComponentFirewallId: request.firewallId }
      : { firewallContextAccessControlListId: request.accessControlListId }),
    rules: firewall ? ruleViews(firewall) : [],
  };
}

/** The firewall an update request template names: a standard firewall, or a dedicated one's access list. */
function targetOf(
  template: Record<string, unknown>,
  input: MethodInput,
): { firewall: FirewallRecord; listId: number | null } {
  const { context } = input;
  if (template.networkComponentFirewallId !== undefined && template.networkComponentFirewallId !== null) {
    const id = toInteger(template.networkComponentFirewallId);
    const firewall = id === undefined ? undefined : standardFirewall(id, context);
    if (!firewall) throw faults.objectNotFound(template.networkComponentFirewallId);
    return { firewall, listId: null };
  }
  const listId = toInteger(template.firewallContextAccessControlListId);
  if (listId === undefined) {
    throw faults.missingParameter(
      'An update request names networkComponentFirewallId or firewallContextAccessControlListId.',
    );
  }
  const owner = accessListOwner(listId);
  const firewall = dedicatedFirewall(owner.firewallId, context);
  if (!firewall) throw faults.objectNotFound(listId);
  if (owner.face !== 'outside' || owner.direction !== 'in') {
    throw faults.invalidValue(
      `Access control list ${listId} is the ${owner.face} ${owner.direction}bound list; rules go on the outside inbound one.`,
    );
  }
  return { firewall, listId };
}

export const firewallUpdateRequestService: ServiceDefinition = {
  name: 'SoftLayer_Network_Firewall_Update_Request',
  type: 'SoftLayer_Network_Firewall_Update_Request',
  find: (id, context) => {
    const request = context.state.firewallUpdateRequests.get(id);
    return request ? requestView(request, context) : undefined;
  },
  methods: {
    /** Replaces the firewall's rules with the template's (checked first: a bad rule changes nothing). */
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, 'update request template');
      const { firewall, listId } = targetOf(template, input);
      const rules = checkRules(template.rules);
      const { state, now, user } = input.context;
      const request = state.mutate(() => {
        firewall.rules = rules;
        firewall.modifiedAt = now;
        const record: FirewallUpdateRequestRecord = {
          id: state.allocateId('firewallUpdateRequest'),
          firewallId: firewall.id,
          accessControlListId: listId,
          userId: user.id,
          createdAt: now,
          ruleCount: rules.length,
        };
        state.firewallUpdateRequests.insert(record);
        return record;
      });
      return value(requestView(request, input.context));
    },
  },
};
