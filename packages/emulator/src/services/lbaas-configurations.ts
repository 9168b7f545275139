// The configurations the LBaaS methods take (protocols, health monitors, members), checked and applied to a
// load balancer record. Every function throws the API's fault before anything changes when a value is wrong.
import { randomUUID } from 'node:crypto';
import { faults } from '../api-fault';
import { LBAAS_LIMITS, LBAAS_PROTOCOLS, LOAD_BALANCING_METHODS, SESSION_TYPES } from '../data/lbaas-catalog';
import { subnetOfAddress } from '../data/network';
import type {
  LoadBalancerListenerRecord,
  LoadBalancerMemberRecord,
  LoadBalancerProtocol,
  LoadBalancerRecord,
} from '../data/records';
import { optionalIntegerIn, optionalOneOf, optionalString, toInteger } from './arguments';

/** Ids and the clock a change needs. */
export interface ChangeContext {
  now: number;
  allocateId: () => number;
}

function template(raw: unknown, what: string): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw faults.invalidValue(`Each ${what} must be an object.`);
  }
  return raw as Record<string, unknown>;
}

function port(value: unknown, what: string): number | undefined {
  const [low, high] = LBAAS_LIMITS.port;
  return optionalIntegerIn(value, what, low, high);
}

function timeout(value: unknown, what: string): number | undefined {
  const [low, high] = LBAAS_LIMITS.timeout;
  return optionalIntegerIn(value, what, low, high);
}

/** A `SoftLayer_Network_LBaaS_LoadBalancerProtocolConfiguration`, read and checked. */
interface ProtocolConfiguration {
  listenerUuid?: string;
  frontendProtocol?: LoadBalancerProtocol;
  frontendPort?: number;
  backendProtocol?: LoadBalancerProtocol;
  backendPort?: number;
  loadBalancingMethod?: string;
  maxConn?: number;
  sessionType?: string;
  clientTimeout?: number;
  serverTimeout?: number;
  tlsCertificateId?: number;
}

function readProtocolConfiguration(raw: unknown): ProtocolConfiguration {
  const given = template(raw, 'protocol configuration');
  const [connLow, connHigh] = LBAAS_LIMITS.connectionLimit;
  const read: ProtocolConfiguration = {
    listenerUuid: optionalString(given.listenerUuid),
    frontendProtocol: optionalOneOf(given.frontendProtocol, LBAAS_PROTOCOLS, 'frontendProtocol'),
    frontendPort: port(given.frontendPort, 'frontendPort'),
    backendProtocol: optionalOneOf(given.backendProtocol, LBAAS_PROTOCOLS, 'backendProtocol'),
    backendPort: port(given.backendPort, 'backendPort'),
    loadBalancingMethod: optionalOneOf(
      given.loadBalancingMethod,
      LOAD_BALANCING_METHODS,
      'loadBalancingMethod',
    ),
    maxConn: optionalIntegerIn(given.maxConn, 'maxConn', connLow, connHigh),
    sessionType: optionalOneOf(given.sessionType, SESSION_TYPES, 'sessionType'),
    clientTimeout: timeout(given.clientTimeout, 'clientTimeout'),
    serverTimeout: timeout(given.serverTimeout, 'serverTimeout'),
    tlsCertificateId: optionalIntegerIn(given.tlsCertificateId, 'tlsCertificateId', 1, 2 ** 31 - 1),
  };
  for (const key of Object.keys(read) as Array<keyof ProtocolConfiguration>) {
    if (read[key] === undefined) delete read[key];
  }
  return read;
}

function findListener(loadBalancer: LoadBalancerRecord, uuid: string): LoadBalancerListenerRecord {
  const found = loadBalancer.listeners.find((listener) => listener.uuid === uuid);
  if (!found) throw faults.uuidNotFound(uuid);
  return found;
}

/** The listener's settings after a configuration: the new ones over the old, checked as a whole. */
function checkListener(loadBalancer: LoadBalancerRecord, listener: LoadBalancerListenerRecord): void {
  const clash = loadBalancer.listeners.find(
    (other) => other !== listener && other.protocolPort === listener.protocolPort,
  );
  if (clash) {
    throw faults.invalidValue(
      `Frontend port ${listener.protocolPort} is already used by listener ${clash.uuid} of ${loadBalancer.name}.`,
    );
  }
  if (listener.protocol === 'HTTPS' && listener.tlsCertificateId === null) {
    throw faults.invalidValue('An HTTPS frontend needs a tlsCertificateId (the SSL certificate to present).');
  }
  if (listener.pool.sessionType === 'HTTP_COOKIE' && listener.pool.protocol === 'TCP') {
    throw faults.invalidValue('sessionType HTTP_COOKIE needs an HTTP or HTTPS backend.');
  }
}

function newListener(
  configuration: ProtocolConfiguration,
  context: ChangeContext,
): LoadBalancerListenerRecord {
  const { frontendProtocol, frontendPort, backendPort } = configuration;
  if (frontendProtocol === undefined || frontendPort === undefined || backendPort === undefined) {
    throw faults.missingParameter(
      'A new protocol needs frontendProtocol, frontendPort and backendPort (listenerUuid updates an existing one).',
    );
  }
  const backendProtocol = configuration.backendProtocol ?? frontendProtocol;
  const { now } = context;
  return {
    id: context.allocateId(),
    uuid: randomUUID(),
    protocol: frontendProtocol,
    protocolPort: frontendPort,
    connectionLimit: configuration.maxConn ?? null,
    clientTimeout: configuration.clientTimeout ?? 50,
    serverTimeout: configuration.serverTimeout ?? 50,
    tlsCertificateId: frontendProtocol === 'HTTPS' ? (configuration.tlsCertificateId ?? null) : null,
    createdAt: now,
    modifiedAt: now,
    pool: {
      uuid: randomUUID(),
      protocol: backendProtocol,
      protocolPort: backendPort,
      loadBalancingAlgorithm: configuration.loadBalancingMethod ?? 'ROUNDROBIN',
      sessionType: configuration.sessionType ?? null,
      createdAt: now,
      modifiedAt: now,
      healthMonitor: {
        id: context.allocateId(),
        uuid: randomUUID(),
        interval: 5,
        maxRetries: 2,
        timeout: 2,
        urlPath: backendProtocol === 'TCP' ? null : '/',
        createdAt: now,
        modifiedAt: now,
      },
    },
  };
}

function updatedListener(
  listener: LoadBalancerListenerRecord,
  configuration: ProtocolConfiguration,
  now: number,
): LoadBalancerListenerRecord {
  const protocol = configuration.frontendProtocol ?? listener.protocol;
  const backendProtocol = configuration.backendProtocol ?? listener.pool.protocol;
  const monitor = listener.pool.healthMonitor;
  const urlPath = backendProtocol === 'TCP' ? null : (monitor.urlPath ?? '/');
  return {
    ...listener,
    protocol,
    protocolPort: configuration.frontendPort ?? listener.protocolPort,
    connectionLimit: configuration.maxConn ?? listener.connectionLimit,
    clientTimeout: configuration.clientTimeout ?? listener.clientTimeout,
    serverTimeout: configuration.serverTimeout ?? listener.serverTimeout,
    tlsCertificateId:
      protocol === 'HTTPS' ? (configuration.tlsCertificateId ?? listener.tlsCertificateId) : null,
    modifiedAt: now,
    pool: {
      ...listener.pool,
      protocol: backendProtocol,
      protocolPort: configuration.backendPort ?? listener.pool.protocolPort,
      loadBalancingAlgorithm: configuration.loadBalancingMethod ?? listener.pool.loadBalancingAlgorithm,
      sessionType: configuration.sessionType ?? listener.pool.sessionType,
      modifiedAt: now,
      healthMonitor: urlPath === monitor.urlPath ? monitor : { ...monitor, urlPath, modifiedAt: now },
    },
  };
}

/**
 * The listeners after `updateLoadBalancerProtocols`: a configuration with `listenerUuid` changes that listener
 * (only what it gives), one without adds a listener with its pool and a default health monitor.
 */
export function configuredListeners(
  loadBalancer: LoadBalancerRecord,
  configurations: readonly unknown[],
  context: ChangeContext,
): LoadBalancerListenerRecord[] {
  const draft: LoadBalancerRecord = { ...loadBalancer, listeners: [...loadBalancer.listeners] };
  for (const raw of configurations) {
    const configuration = readProtocolConfiguration(raw);
    let listener: LoadBalancerListenerRecord;
    if (configuration.listenerUuid === undefined) {
      listener = newListener(configuration, context);
      draft.listeners.push(listener);
    } else {
      const current = findListener(draft, configuration.listenerUuid);
      listener = updatedListener(current, configuration, context.now);
      draft.listeners[draft.listeners.indexOf(current)] = listener;
    }
    checkListener(draft, listener);
  }
  if (draft.listeners.length > LBAAS_LIMITS.listeners) {
    throw faults.invalidValue(
      `A load balancer takes at most ${LBAAS_LIMITS.listeners} protocols; ${loadBalancer.name} would have ${draft.listeners.length}.`,
    );
  }
  return draft.listeners;
}

/** The listeners left after `deleteLoadBalancerProtocols` (every uuid must be one of the load balancer's). */
export function listenersWithout(
  loadBalancer: LoadBalancerRecord,
  uuids: readonly unknown[],
): LoadBalancerListenerRecord[] {
  const doomed = new Set(uuids.map((uuid) => findListener(loadBalancer, String(uuid))));
  return loadBalancer.listeners.filter((listener) => !doomed.has(listener));
}

/**
 * The listeners after `updateLoadBalancerHealthMonitors`: each configuration names a health monitor by
 * `healthMonitorUuid` and sets its interval, retries, timeout and (HTTP/HTTPS) URL path.
 */
export function listenersWithHealthMonitors(
  loadBalancer: LoadBalancerRecord,
  configurations: readonly unknown[],
  now: number,
): LoadBalancerListenerRecord[] {
  const listeners = [...loadBalancer.listeners];
  for (const raw of configurations) {
    const given = template(raw, 'health monitor configuration');
    const uuid = optionalString(given.healthMonitorUuid);
    if (uuid === undefined) {
      throw faults.missingParameter('healthMonitorUuid is required: the health monitor to update.');
    }
    const at = listeners.findIndex((listener) => listener.pool.healthMonitor.uuid === uuid);
    const listener = listeners[at];
    if (!listener) throw faults.uuidNotFound(uuid);
    const monitor = listener.pool.healthMonitor;
    const [intervalLow, intervalHigh] = LBAAS_LIMITS.healthInterval;
    const [retryLow, retryHigh] = LBAAS_LIMITS.healthRetries;
    const [timeoutLow, timeoutHigh] = LBAAS_LIMITS.healthTimeout;
    const urlPath = given.urlPath ?? undefined;
    if (urlPath !== undefined) {
      if (typeof urlPath !== 'string' || !urlPath.startsWith('/')) {
        throw faults.invalidValue(`urlPath must be a path starting with "/", got "${String(urlPath)}".`);
      }
      if (listener.pool.protocol === 'TCP') {
        throw faults.invalidValue('urlPath applies to HTTP and HTTPS health checks only; this pool is TCP.');
      }
    }
    listeners[at] = {
      ...listener,
      pool: {
        ...listener.pool,
        healthMonitor: {
          ...monitor,
          interval:
            optionalIntegerIn(given.interval, 'interval', intervalLow, intervalHigh) ?? monitor.interval,
          maxRetries:
            optionalIntegerIn(given.maxRetries, 'maxRetries', retryLow, retryHigh) ?? monitor.maxRetries,
          timeout: optionalIntegerIn(given.timeout, 'timeout', timeoutLow, timeoutHigh) ?? monitor.timeout,
          urlPath: urlPath ?? monitor.urlPath,
          modifiedAt: now,
        },
      },
    };
  }
  return listeners;
}

/** The address space a load balancer's members are in: public only for "Public to Public" (type 2). */
function memberAddressKey(loadBalancer: LoadBalancerRecord): 'privateIpAddress' | 'publicIpAddress' {
  return loadBalancer.type === 2 ? 'publicIpAddress' : 'privateIpAddress';
}

/**
 * The members after `addLoadBalancerMembers`: each `SoftLayer_Network_LBaaS_LoadBalancerServerInstanceInfo`
 * gives an address of the account's (private, or public for a public-to-public load balancer) subnets and a weight.
 */
export function membersWithAdded(
  loadBalancer: LoadBalancerRecord,
  instances: readonly unknown[],
  context: ChangeContext,
): LoadBalancerMemberRecord[] {
  const members = [...loadBalancer.members];
  const key = memberAddressKey(loadBalancer);
  const space = key === 'privateIpAddress' ? 'PRIVATE' : 'PUBLIC';
  const [weightLow, weightHigh] = LBAAS_LIMITS.weight;
  for (const raw of instances) {
    const given = template(raw, 'server instance');
    const address = given[key];
    if (typeof address !== 'string' || address.length === 0) {
      throw faults.invalidValue(
        `${key} must be a string: the ${space.toLowerCase()} IP address of the member.`,
      );
    }
    if (subnetOfAddress(address)?.addressSpace !== space || !/^\d+\.\d+\.\d+\.\d+$/.test(address)) {
      throw faults.invalidValue(
        `${address} is not a ${space.toLowerCase()} IP address of the account's subnets.`,
      );
    }
    if (members.some((member) => member.address === address)) {
      throw faults.invalidValue(`${address} is already a member of ${loadBalancer.name}.`);
    }
    const { now } = context;
    members.push({
      id: context.allocateId(),
      uuid: randomUUID(),
      address,
      weight: optionalIntegerIn(given.weight, 'weight', weightLow, weightHigh) ?? 50,
      createdAt: now,
      modifiedAt: now,
    });
  }
  if (members.length > LBAAS_LIMITS.members) {
    throw faults.invalidValue(`A load balancer takes at most ${LBAAS_LIMITS.members} members.`);
  }
  return members;
}

function findMember(loadBalancer: LoadBalancerRecord, uuid: unknown): LoadBalancerMemberRecord {
  const found = loadBalancer.members.find((member) => member.uuid === uuid);
  if (!found) throw faults.uuidNotFound(uuid);
  return found;
}

/** The members left after `deleteLoadBalancerMembers` (every uuid must be one of the load balancer's). */
export function membersWithout(
  loadBalancer: LoadBalancerRecord,
  uuids: readonly unknown[],
): LoadBalancerMemberRecord[] {
  const doomed = new Set(uuids.map((uuid) => findMember(loadBalancer, uuid)));
  return loadBalancer.members.filter((member) => !doomed.has(member));
}

/** The members after `updateLoadBalancerMembers`: each `{uuid, weight}` sets a member's weight. */
export function membersReweighted(
  loadBalancer: LoadBalancerRecord,
  changes: readonly unknown[],
  now: number,
): LoadBalancerMemberRecord[] {
  const members = [...loadBalancer.members];
  const [low, high] = LBAAS_LIMITS.weight;
  for (const raw of changes) {
    const given = template(raw, 'member');
    const at = members.findIndex((member) => member.uuid === given.uuid);
    const member = members[at];
    if (!member) throw faults.uuidNotFound(given.uuid);
    const weight = toInteger(given.weight);
    if (weight === undefined || weight < low || weight > high) {
      throw faults.invalidValue(
        `weight must be an integer from ${low} to ${high}, got "${String(given.weight)}".`,
      );
    }
    members[at] = { ...member, weight, modifiedAt: now };
  }
  return members;
}
