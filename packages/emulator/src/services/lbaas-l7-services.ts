// Layer 7 services of the IBM Cloud Load Balancers: L7 pools (created on a load balancer, deleted by id) and the
// L7 policies (with their rules) of its listeners. Their change methods answer the updated load balancer.
import { randomUUID } from 'node:crypto';
import { faults } from '../api-fault';
import { LBAAS_LIMITS, LOAD_BALANCING_METHODS } from '../data/lbaas-catalog';
import type {
  LoadBalancerL7MemberRecord,
  LoadBalancerL7PolicyRecord,
  LoadBalancerL7PoolRecord,
  LoadBalancerL7RuleRecord,
  LoadBalancerListenerRecord,
  LoadBalancerRecord,
} from '../data/records';
import { L7_POLICY, L7_POOL, type L7PoolRow, l7PoliciesOf, l7PoolRows } from '../models/lbaas-l7';
import { presentLoadBalancers } from '../models/load-balancer';
import type { ViewContext } from '../models/type-model';
import { listArg, objectArg, optionalIntegerIn, optionalOneOf, optionalString, stringArg } from './arguments';
import { changeLoadBalancer } from './lbaas-changes';
import type { MethodInput, MethodOutput, ServiceDefinition } from './service-definition';

const L7_PROTOCOLS = ['HTTP', 'HTTPS'] as const;
const POLICY_ACTIONS = ['REJECT', 'REDIRECT_URL', 'REDIRECT_POOL', 'REDIRECT_HTTPS'] as const;
const RULE_TYPES = ['HOST_NAME', 'FILE_TYPE', 'HEADER', 'COOKIE', 'PATH'] as const;
const COMPARISON_TYPES = ['EQUAL_TO', 'ENDS_WITH', 'STARTS_WITH', 'REGEX', 'CONTAINS'] as const;
/** L7 pools per load balancer, and policies per listener. */
const MAX_L7_POOLS = 10;
const MAX_L7_POLICIES = 20;

function l7Ids(context: ViewContext): () => number {
  return () => context.state.allocateId('loadBalancerPart');
}

function asObject(raw: unknown, what: string): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw faults.invalidValue(`Each ${what} must be an object.`);
  }
  return raw as Record<string, unknown>;
}

function requiredInteger(value: unknown, what: string, low: number, high: number): number {
  const number = optionalIntegerIn(value, what, low, high);
  if (number === undefined) throw faults.missingParameter(`${what} is required.`);
  return number;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The L7 pool `createL7Pool` adds: its pool, members, health monitor and session affinity, checked. */
function newL7Pool(input: MethodInput, loadBalancer: LoadBalancerRecord): LoadBalancerL7PoolRecord {
  const { args } = input.call;
  const given = objectArg(args, 1, 'l7Pool');
  const name = optionalString(given.name);
  if (name === undefined || name.trim() === '') throw faults.missingParameter('l7Pool.name is required.');
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
    throw faults.invalidValue(
      `The L7 pool name "${name}" may hold letters, digits, "-", "_" and "." (1-64).`,
    );
  }
  const pools = loadBalancer.l7Pools ?? [];
  if (pools.some((pool) => pool.name === name)) {
    throw faults.publicError(`An L7 pool named ${name} already exists on ${loadBalancer.name}.`);
  }
  if (pools.length >= MAX_L7_POOLS) {
    throw faults.publicError(`A load balancer has at most ${MAX_L7_POOLS} L7 pools.`);
  }
  const algorithm =
    optionalOneOf(given.loadBalancingAlgorithm, LOAD_BALANCING_METHODS, 'l7Pool.loadBalancingAlgorithm') ??
    'ROUNDROBIN';
  const protocol = optionalOneOf(given.protocol, L7_PROTOCOLS, 'l7Pool.protocol') ?? 'HTTP';
  const rawMembers = Array.isArray(args[2]) ? args[2] : [];
  const [portLow, portHigh] = LBAAS_LIMITS.port;
  const [weightLow, weightHigh] = LBAAS_LIMITS.weight;
  const { now } = input.context;
  const allocate = l7Ids(input.context);
  const members: LoadBalancerL7MemberRecord[] = rawMembers.map((raw) => {
    const member = asObject(raw, 'L7 member');
    const address = optionalString(member.address);
    if (address === undefined || !IPV4.test(address)) {
      throw faults.invalidValue(
        `L7 member address must be an IPv4 address, got "${String(member.address)}".`,
      );
    }
    return {
      id: 0,
      uuid: '',
      address,
      port: requiredInteger(member.port, 'L7 member port', portLow, portHigh),
      weight: optionalIntegerIn(member.weight, 'L7 member weight', weightLow, weightHigh) ?? 50,
      createdAt: now,
      modifiedAt: now,
    };
  });
  const health = args[3] === undefined || args[3] === null ? {} : asObject(args[3], 'l7HealthMonitor');
  const urlPath = health.urlPath ?? '/';
  if (typeof urlPath !== 'string' || !urlPath.startsWith('/')) {
    throw faults.invalidValue(`urlPath must be a path starting with "/", got "${String(urlPath)}".`);
  }
  const [intervalLow, intervalHigh] = LBAAS_LIMITS.healthInterval;
  const [retryLow, retryHigh] = LBAAS_LIMITS.healthRetries;
  const [timeoutLow, timeoutHigh] = LBAAS_LIMITS.healthTimeout;
  const interval = optionalIntegerIn(health.interval, 'interval', intervalLow, intervalHigh) ?? 5;
  const maxRetries = optionalIntegerIn(health.maxRetries, 'maxRetries', retryLow, retryHigh) ?? 2;
  const timeout = optionalIntegerIn(health.timeout, 'timeout', timeoutLow, timeoutHigh) ?? 2;
  const session = args[4] === undefined || args[4] === null ? {} : asObject(args[4], 'l7SessionAffinity');
  const sessionType = optionalOneOf(session.type, ['SOURCE_IP'] as const, 'l7SessionAffinity.type') ?? null;
  // Ids are taken once everything is checked: a bad call takes none.
  const id = allocate();
  for (const member of members) {
    member.id = allocate();
    member.uuid = randomUUID();
  }
  return {
    id,
    uuid: randomUUID(),
    name,
    protocol,
    loadBalancingAlgorithm: algorithm,
    sessionType,
    createdAt: now,
    modifiedAt: now,
    members,
    healthMonitor: {
      id: allocate(),
      uuid: randomUUID(),
      interval,
      maxRetries,
      timeout,
      urlPath,
      createdAt: now,
      modifiedAt: now,
    },
  };
}

/** The L7 pool row an id names, on a load balancer still there. */
function findL7Pool(id: number, context: ViewContext): L7PoolRow | undefined {
  for (const loadBalancer of presentLoadBalancers(context.state, context.now)) {
    const found = l7PoolRows(loadBalancer).find((candidate) => candidate.pool.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The uuid of the load balancer whose listener a uuid names, or the API's not-found fault. */
function ownerOfListener(input: MethodInput, uuid: string): string {
  for (const loadBalancer of presentLoadBalancers(input.context.state, input.context.now)) {
    if (loadBalancer.listeners.some((candidate) => candidate.uuid === uuid)) return loadBalancer.uuid;
  }
  throw faults.uuidNotFound(uuid);
}

/** Runs a change on the load balancer `uuid` names, as `changeLoadBalancer` does with a uuid argument. */
function changeByUuid(
  input: MethodInput,
  uuid: string,
  change: (loadBalancer: LoadBalancerRecord) => Partial<LoadBalancerRecord>,
): MethodOutput {
  return changeLoadBalancer({ ...input, call: { ...input.call, args: [uuid] } }, change);
}

/** The rules of a `SoftLayer_Network_LBaaS_PolicyRule`, checked (ids are given later). */
function newRules(raw: unknown, now: number): LoadBalancerL7RuleRecord[] {
  const list = raw === undefined || raw === null ? [] : raw;
  if (!Array.isArray(list)) throw faults.invalidValue('l7Rules must be an array.');
  return list.map((item) => {
    const rule = asObject(item, 'L7 rule');
    const type = optionalOneOf(rule.type, RULE_TYPES, 'l7Rule.type');
    const comparisonType = optionalOneOf(rule.comparisonType, COMPARISON_TYPES, 'l7Rule.comparisonType');
    const value = optionalString(rule.value);
    if (type === undefined || comparisonType === undefined || value === undefined || value === '') {
      throw faults.missingParameter('An L7 rule needs a type, a comparisonType and a value.');
    }
    const key = optionalString(rule.key) ?? null;
    if ((type === 'HEADER' || type === 'COOKIE') && key === null) {
      throw faults.missingParameter(`An L7 rule of type ${type} needs a key (the header or cookie name).`);
    }
    return {
      id: 0,
      uuid: '',
      type,
      comparisonType,
      value,
      key,
      invert: rule.invert === 1 || rule.invert === true || rule.invert === '1',
      createdAt: now,
      modifiedAt: now,
    };
  });
}

/** The policies `addL7Policies` adds to a listener, checked against the load balancer's L7 pools. */
function newPolicies(
  input: MethodInput,
  loadBalancer: LoadBalancerRecord,
  listener: LoadBalancerListenerRecord,
): LoadBalancerL7PolicyRecord[] {
  const { now } = input.context;
  const existing = listener.l7Policies ?? [];
  const given = listArg(input.call.args, 1, 'policiesRules').map((raw) => {
    const entry = asObject(raw, 'policy rule');
    const policy = asObject(entry.l7Policy, 'l7Policy');
    const name = optionalString(policy.name);
    if (name === undefined || name.trim() === '') throw faults.missingParameter('l7Policy.name is required.');
    const action = optionalOneOf(policy.action, POLICY_ACTIONS, 'l7Policy.action');
    if (action === undefined) throw faults.missingParameter('l7Policy.action is required.');
    const priority = optionalIntegerIn(policy.priority, 'l7Policy.priority', 1, 100) ?? existing.length + 1;
    let redirectL7PoolId: number | null = null;
    let redirectUrl: string | null = null;
    if (action === 'REDIRECT_POOL') {
      const poolId = optionalIntegerIn(
        policy.redirectL7PoolId,
        'redirectL7PoolId',
        1,
        Number.MAX_SAFE_INTEGER,
      );
      const pool = (loadBalancer.l7Pools ?? []).find((candidate) => candidate.id === poolId);
      if (!pool) {
        throw faults.invalidValue(
          `redirectL7PoolId must name an L7 pool of ${loadBalancer.name}, got "${String(policy.redirectL7PoolId)}".`,
        );
      }
      redirectL7PoolId = pool.id;
    } else if (action === 'REDIRECT_URL') {
      const url = optionalString(policy.redirectUrl);
      if (url === undefined || !/^https?:\/\/\S+$/.test(url)) {
        throw faults.invalidValue(`redirectUrl must be an http(s) URL, got "${String(policy.redirectUrl)}".`);
      }
      redirectUrl = url;
    }
    return {
      id: 0,
      uuid: '',
      name,
      action,
      priority,
      redirectL7PoolId,
      redirectUrl,
      createdAt: now,
      modifiedAt: now,
      rules: newRules(entry.l7Rules, now),
    };
  });
  if (existing.length + given.length > MAX_L7_POLICIES) {
    throw faults.publicError(`A listener has at most ${MAX_L7_POLICIES} L7 policies.`);
  }
  const allocate = l7Ids(input.context);
  for (const policy of given) {
    policy.id = allocate();
    policy.uuid = randomUUID();
    for (const rule of policy.rules) {
      rule.id = allocate();
      rule.uuid = randomUUID();
    }
  }
  return given;
}

/** The policy row an id names, on a load balancer still there. */
function findPolicy(
  id: number,
  context: ViewContext,
): { loadBalancer: LoadBalancerRecord; policy: LoadBalancerL7PolicyRecord } | undefined {
  for (const loadBalancer of presentLoadBalancers(context.state, context.now)) {
    const policy = l7PoliciesOf(loadBalancer).find((candidate) => candidate.id === id);
    if (policy) return { loadBalancer, policy };
  }
  return undefined;
}

function requireRow<T>(input: MethodInput, found: T | undefined): T {
  if (found === undefined) throw faults.objectNotFound(input.id);
  return found;
}

/** SoftLayer_Network_LBaaS_L7Pool: a load balancer's layer 7 backends. */
export const l7PoolService: ServiceDefinition = {
  name: L7_POOL,
  type: L7_POOL,
  find: findL7Pool,
  methods: {
    createL7Pool: (input) =>
      changeLoadBalancer(input, (loadBalancer) => ({
        l7Pools: [...(loadBalancer.l7Pools ?? []), newL7Pool(input, loadBalancer)],
      })),
    deleteObject: (input) => {
      const { loadBalancer, pool } = requireRow(input, input.row as L7PoolRow | undefined);
      const user = l7PoliciesOf(loadBalancer).find((policy) => policy.redirectL7PoolId === pool.id);
      if (user) {
        throw faults.publicError(
          `The L7 pool ${pool.name} is used by the L7 policy ${user.name}; delete it first.`,
        );
      }
      return changeByUuid(input, loadBalancer.uuid, (current) => ({
        l7Pools: (current.l7Pools ?? []).filter((candidate) => candidate.id !== pool.id),
      }));
    },
  },
};

/** SoftLayer_Network_LBaaS_L7Policy: how a listener routes requests matching its rules. */
export const l7PolicyService: ServiceDefinition = {
  name: L7_POLICY,
  type: L7_POLICY,
  find: findPolicy,
  methods: {
    addL7Policies: (input) => {
      const listenerUuid = stringArg(input.call.args, 0, 'listenerUuid');
      return changeByUuid(input, ownerOfListener(input, listenerUuid), (loadBalancer) => ({
        listeners: loadBalancer.listeners.map((listener) =>
          listener.uuid === listenerUuid
            ? {
                ...listener,
                l7Policies: [...(listener.l7Policies ?? []), ...newPolicies(input, loadBalancer, listener)],
              }
            : listener,
        ),
      }));
    },
    deleteObject: (input) => {
      const { loadBalancer, policy } = requireRow(
        input,
        input.row as { loadBalancer: LoadBalancerRecord; policy: LoadBalancerL7PolicyRecord } | undefined,
      );
      return changeByUuid(input, loadBalancer.uuid, (current) => ({
        listeners: current.listeners.map((listener) =>
          (listener.l7Policies ?? []).some((candidate) => candidate.id === policy.id)
            ? { ...listener, l7Policies: (listener.l7Policies ?? []).filter((item) => item.id !== policy.id) }
            : listener,
        ),
      }));
    },
  },
};
