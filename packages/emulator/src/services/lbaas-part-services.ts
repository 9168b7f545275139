// The parts of a load balancer, each its own service: listeners (protocols), members and health monitors. Their
// change methods take the load balancer's uuid and answer the updated load balancer.
import type { LoadBalancerListenerRecord, LoadBalancerMemberRecord } from '../data/records';
import { type ListenerRow, presentLoadBalancers } from '../models/load-balancer';
import type { ViewContext } from '../models/type-model';
import { listArg } from './arguments';
import { changeLoadBalancer, partIds } from './lbaas-changes';
import {
  configuredListeners,
  listenersWithHealthMonitors,
  listenersWithout,
  membersReweighted,
  membersWithAdded,
  membersWithout,
} from './lbaas-configurations';
import type { ServiceDefinition } from './service-definition';

/** The listener row whose listener (or whose pool's health monitor) has an id, on a load balancer still there. */
function findListenerRow(
  context: ViewContext,
  matches: (listener: LoadBalancerListenerRecord) => boolean,
): ListenerRow | undefined {
  for (const loadBalancer of presentLoadBalancers(context.state, context.now)) {
    const listener = loadBalancer.listeners.find(matches);
    if (listener) return { loadBalancer, listener };
  }
  return undefined;
}

function findMember(id: number, context: ViewContext): LoadBalancerMemberRecord | undefined {
  for (const loadBalancer of presentLoadBalancers(context.state, context.now)) {
    const member = loadBalancer.members.find((candidate) => candidate.id === id);
    if (member) return member;
  }
  return undefined;
}

/** SoftLayer_Network_LBaaS_Listener: a load balancer's protocols (frontend → backend). */
export const listenerService: ServiceDefinition = {
  name: 'SoftLayer_Network_LBaaS_Listener',
  type: 'SoftLayer_Network_LBaaS_Listener',
  find: (id, context) => findListenerRow(context, (listener) => listener.id === id),
  methods: {
    updateLoadBalancerProtocols: (input) =>
      changeLoadBalancer(input, (loadBalancer) => ({
        listeners: configuredListeners(loadBalancer, listArg(input.call.args, 1, 'protocolConfigurations'), {
          now: input.context.now,
          allocateId: partIds(input.context.state),
        }),
      })),
    deleteLoadBalancerProtocols: (input) =>
      changeLoadBalancer(input, (loadBalancer) => ({
        listeners: listenersWithout(loadBalancer, listArg(input.call.args, 1, 'listenerUuids')),
      })),
  },
};

/** SoftLayer_Network_LBaaS_Member: the servers behind a load balancer. */
export const memberService: ServiceDefinition = {
  name: 'SoftLayer_Network_LBaaS_Member',
  type: 'SoftLayer_Network_LBaaS_Member',
  find: findMember,
  methods: {
    addLoadBalancerMembers: (input) =>
      changeLoadBalancer(input, (loadBalancer) => ({
        members: membersWithAdded(loadBalancer, listArg(input.call.args, 1, 'serverInstances'), {
          now: input.context.now,
          allocateId: partIds(input.context.state),
        }),
      })),
    deleteLoadBalancerMembers: (input) =>
      changeLoadBalancer(input, (loadBalancer) => ({
        members: membersWithout(loadBalancer, listArg(input.call.args, 1, 'memberUuids')),
      })),
    updateLoadBalancerMembers: (input) =>
      changeLoadBalancer(input, (loadBalancer) => ({
        members: membersReweighted(loadBalancer, listArg(input.call.args, 1, 'members'), input.context.now),
      })),
  },
};

/** SoftLayer_Network_LBaaS_HealthMonitor: the health checks of a load balancer's pools. */
export const healthMonitorService: ServiceDefinition = {
  name: 'SoftLayer_Network_LBaaS_HealthMonitor',
  type: 'SoftLayer_Network_LBaaS_HealthMonitor',
  find: (id, context) => findListenerRow(context, (listener) => listener.pool.healthMonitor.id === id),
  methods: {
    updateLoadBalancerHealthMonitors: (input) =>
      changeLoadBalancer(input, (loadBalancer) => ({
        listeners: listenersWithHealthMonitors(
          loadBalancer,
          listArg(input.call.args, 1, 'healthMonitorConfigurations'),
          input.context.now,
        ),
      })),
  },
};
