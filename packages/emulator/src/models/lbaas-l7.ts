// Layer 7 parts of a load balancer: L7 pools (with their members, health monitor and session affinity) and the
// L7 policies of its listeners (with their rules).
import { formatApiDate } from '../data/dates';
import type {
  LoadBalancerL7MemberRecord,
  LoadBalancerL7PolicyRecord,
  LoadBalancerL7PoolRecord,
  LoadBalancerL7RuleRecord,
  LoadBalancerRecord,
} from '../data/records';
import { compact, defineModel, type TypeModel } from './type-model';

export const L7_POOL = 'SoftLayer_Network_LBaaS_L7Pool';
export const L7_POLICY = 'SoftLayer_Network_LBaaS_L7Policy';
const L7_MEMBER = 'SoftLayer_Network_LBaaS_L7Member';
const L7_HEALTH_MONITOR = 'SoftLayer_Network_LBaaS_L7HealthMonitor';
const L7_SESSION_AFFINITY = 'SoftLayer_Network_LBaaS_L7SessionAffinity';
const L7_RULE = 'SoftLayer_Network_LBaaS_L7Rule';

/** An L7 pool with the load balancer it belongs to. */
export interface L7PoolRow {
  loadBalancer: LoadBalancerRecord;
  pool: LoadBalancerL7PoolRecord;
}

/** A load balancer's L7 pools as rows. */
export function l7PoolRows(loadBalancer: LoadBalancerRecord): L7PoolRow[] {
  return (loadBalancer.l7Pools ?? []).map((pool) => ({ loadBalancer, pool }));
}

/** Every L7 policy of a load balancer's listeners. */
export function l7PoliciesOf(loadBalancer: LoadBalancerRecord): LoadBalancerL7PolicyRecord[] {
  return loadBalancer.listeners.flatMap((listener) => listener.l7Policies ?? []);
}

export const l7PoolModel: TypeModel<unknown> = defineModel<L7PoolRow>({
  type: L7_POOL,
  local({ pool }) {
    return {
      createDate: formatApiDate(pool.createdAt),
      id: pool.id,
      l7MemberCount: pool.members.length,
      loadBalancingAlgorithm: pool.loadBalancingAlgorithm,
      modifyDate: formatApiDate(pool.modifiedAt),
      name: pool.name,
      protocol: pool.protocol,
      provisioningStatus: 'ACTIVE',
      uuid: pool.uuid,
    };
  },
  relations: {
    l7HealthMonitor: { type: L7_HEALTH_MONITOR, get: (row) => row },
    l7Members: { type: L7_MEMBER, get: ({ pool }) => pool.members },
    l7Policies: {
      type: L7_POLICY,
      get: ({ loadBalancer, pool }) =>
        l7PoliciesOf(loadBalancer)
          .filter((policy) => policy.redirectL7PoolId === pool.id)
          .map((policy) => ({ loadBalancer, policy })),
    },
    l7SessionAffinity: {
      type: L7_SESSION_AFFINITY,
      get: (row) => (row.pool.sessionType === null ? undefined : row),
    },
  },
});

export const l7MemberModel: TypeModel<unknown> = defineModel<LoadBalancerL7MemberRecord>({
  type: L7_MEMBER,
  direct: ['id', 'uuid', 'address', 'port', 'weight'],
  local(member) {
    return {
      address: member.address,
      createDate: formatApiDate(member.createdAt),
      id: member.id,
      modifyDate: formatApiDate(member.modifiedAt),
      port: member.port,
      provisioningStatus: 'ACTIVE',
      uuid: member.uuid,
      weight: member.weight,
    };
  },
  relations: {},
});

export const l7HealthMonitorModel: TypeModel<unknown> = defineModel<L7PoolRow>({
  type: L7_HEALTH_MONITOR,
  local({ pool }) {
    const monitor = pool.healthMonitor;
    return compact({
      createDate: formatApiDate(monitor.createdAt),
      interval: monitor.interval,
      maxRetries: monitor.maxRetries,
      modifyDate: formatApiDate(monitor.modifiedAt),
      monitorType: pool.protocol,
      provisioningStatus: 'ACTIVE',
      timeout: monitor.timeout,
      urlPath: monitor.urlPath,
    });
  },
  relations: {},
});

export const l7SessionAffinityModel: TypeModel<unknown> = defineModel<L7PoolRow>({
  type: L7_SESSION_AFFINITY,
  local({ pool }) {
    return compact({ type: pool.sessionType });
  },
  relations: {
    l7Pool: { type: L7_POOL, get: (row) => row },
  },
});

export const l7PolicyModel: TypeModel<unknown> = defineModel<{
  loadBalancer: LoadBalancerRecord;
  policy: LoadBalancerL7PolicyRecord;
}>({
  type: L7_POLICY,
  local({ loadBalancer, policy }) {
    const pool = (loadBalancer.l7Pools ?? []).find((candidate) => candidate.id === policy.redirectL7PoolId);
    return compact({
      action: policy.action,
      createDate: formatApiDate(policy.createdAt),
      id: policy.id,
      l7RuleCount: policy.rules.length,
      modifyDate: formatApiDate(policy.modifiedAt),
      name: policy.name,
      priority: policy.priority,
      redirectL7PoolId: policy.redirectL7PoolId ?? undefined,
      redirectL7PoolUuid: pool?.uuid,
      redirectUrl: policy.redirectUrl ?? undefined,
      uuid: policy.uuid,
    });
  },
  relations: {
    l7Rules: { type: L7_RULE, get: ({ policy }) => policy.rules },
  },
});

export const l7RuleModel: TypeModel<unknown> = defineModel<LoadBalancerL7RuleRecord>({
  type: L7_RULE,
  direct: ['id', 'uuid', 'type', 'comparisonType', 'value'],
  local(rule) {
    return compact({
      comparisonType: rule.comparisonType,
      createDate: formatApiDate(rule.createdAt),
      id: rule.id,
      invert: rule.invert ? 1 : 0,
      key: rule.key ?? undefined,
      modifyDate: formatApiDate(rule.modifiedAt),
      type: rule.type,
      uuid: rule.uuid,
      value: rule.value,
    });
  },
  relations: {},
});
