import { formatApiDate } from '../data/dates';
import { SSL_CIPHERS } from '../data/lbaas-catalog';
import type {
  LoadBalancerListenerRecord,
  LoadBalancerMemberRecord,
  LoadBalancerRecord,
} from '../data/records';
import type { EmulatorState } from '../data/state';
import { L7_POLICY, L7_POOL, l7PoolRows } from './lbaas-l7';
import { datacenterById, locationView } from './shared-views';
import { compact, defineModel, type TypeModel } from './type-model';

/** A listener with the load balancer it belongs to: the row of listeners, their pools and health monitors. */
export interface ListenerRow {
  loadBalancer: LoadBalancerRecord;
  listener: LoadBalancerListenerRecord;
}

export const LOAD_BALANCER = 'SoftLayer_Network_LBaaS_LoadBalancer';
const LISTENER = 'SoftLayer_Network_LBaaS_Listener';
const POOL = 'SoftLayer_Network_LBaaS_Pool';
const HEALTH_MONITOR = 'SoftLayer_Network_LBaaS_HealthMonitor';
const MEMBER = 'SoftLayer_Network_LBaaS_Member';

/** Whether a load balancer is still there: active, or cancelled and not yet deleted. */
export function isPresent(loadBalancer: LoadBalancerRecord, now: number): boolean {
  return loadBalancer.deletedAt === null || now < loadBalancer.deletedAt;
}

/** The account's load balancers (those still there), in id order. */
export function presentLoadBalancers(state: EmulatorState, now: number): LoadBalancerRecord[] {
  return state.loadBalancers.filter((loadBalancer) => isPresent(loadBalancer, now));
}

/** The host name clients reach a load balancer at, `<name>-<account>-<datacenter>.clb.appdomain.cloud`. */
export function loadBalancerAddress(loadBalancer: LoadBalancerRecord, accountId: number): string {
  return `${loadBalancer.name}-${accountId}-${datacenterById(loadBalancer.datacenterId).name}.clb.appdomain.cloud`;
}

function listenerRows(loadBalancer: LoadBalancerRecord): ListenerRow[] {
  return loadBalancer.listeners.map((listener) => ({ loadBalancer, listener }));
}

export const loadBalancerModel: TypeModel<unknown> = defineModel<LoadBalancerRecord>({
  type: LOAD_BALANCER,
  direct: ['id', 'uuid', 'name', 'description', 'type'],
  // The API answers a load balancer with its datacenter whatever the mask (the reference's detail relies on it).
  alwaysIncluded: ['datacenter'],
  local(loadBalancer, context) {
    const isPublic = loadBalancer.type !== 0;
    return compact({
      accountId: context.state.accountId,
      address: loadBalancerAddress(loadBalancer, context.state.accountId),
      createDate: formatApiDate(loadBalancer.createdAt),
      description: loadBalancer.description,
      id: loadBalancer.id,
      isDataLogEnabled: loadBalancer.isDataLogEnabled ? 1 : 0,
      isPublic: isPublic ? 1 : 0,
      locationId: loadBalancer.datacenterId,
      modifyDate: formatApiDate(loadBalancer.modifiedAt),
      name: loadBalancer.name,
      operatingStatus: 'ONLINE',
      provisioningStatus: loadBalancer.deletedAt === null ? 'ACTIVE' : 'DELETE_PENDING',
      type: loadBalancer.type,
      useSystemPublicIpPool: isPublic ? 1 : undefined,
      uuid: loadBalancer.uuid,
    });
  },
  relations: {
    datacenter: {
      type: 'SoftLayer_Location',
      get: (loadBalancer) => locationView(datacenterById(loadBalancer.datacenterId)),
    },
    listeners: { type: LISTENER, get: listenerRows },
    members: { type: MEMBER, get: (loadBalancer) => loadBalancer.members },
    healthMonitors: { type: HEALTH_MONITOR, get: listenerRows },
    l7Pools: { type: L7_POOL, get: l7PoolRows },
    sslCiphers: {
      type: 'SoftLayer_Network_LBaaS_SSLCipher',
      get: (loadBalancer) => SSL_CIPHERS.filter((cipher) => loadBalancer.sslCipherIds.includes(cipher.id)),
    },
  },
});

export const listenerModel: TypeModel<unknown> = defineModel<ListenerRow>({
  type: LISTENER,
  local({ listener }) {
    return compact({
      clientTimeout: listener.clientTimeout,
      connectionLimit: listener.connectionLimit,
      createDate: formatApiDate(listener.createdAt),
      id: listener.id,
      modifyDate: formatApiDate(listener.modifiedAt),
      protocol: listener.protocol,
      protocolPort: listener.protocolPort,
      provisioningStatus: 'ACTIVE',
      serverTimeout: listener.serverTimeout,
      tlsCertificateId: listener.tlsCertificateId,
      uuid: listener.uuid,
    });
  },
  relations: {
    defaultPool: { type: POOL, get: (row) => row },
    l7Policies: {
      type: L7_POLICY,
      get: ({ loadBalancer, listener }) =>
        (listener.l7Policies ?? []).map((policy) => ({ loadBalancer, policy })),
    },
  },
});

export const poolModel: TypeModel<unknown> = defineModel<ListenerRow>({
  type: POOL,
  local({ listener: { pool } }) {
    return {
      createDate: formatApiDate(pool.createdAt),
      loadBalancingAlgorithm: pool.loadBalancingAlgorithm,
      modifyDate: formatApiDate(pool.modifiedAt),
      protocol: pool.protocol,
      protocolPort: pool.protocolPort,
      provisioningStatus: 'ACTIVE',
      uuid: pool.uuid,
    };
  },
  relations: {
    healthMonitor: { type: HEALTH_MONITOR, get: (row) => row },
    members: { type: MEMBER, get: (row) => row.loadBalancer.members },
    sessionAffinity: {
      type: 'SoftLayer_Network_LBaaS_SessionAffinity',
      get: ({ listener: { pool } }) => (pool.sessionType === null ? undefined : { type: pool.sessionType }),
    },
  },
});

export const healthMonitorModel: TypeModel<unknown> = defineModel<ListenerRow>({
  type: HEALTH_MONITOR,
  local({ listener: { pool } }) {
    const monitor = pool.healthMonitor;
    return compact({
      createDate: formatApiDate(monitor.createdAt),
      id: monitor.id,
      interval: monitor.interval,
      maxRetries: monitor.maxRetries,
      modifyDate: formatApiDate(monitor.modifiedAt),
      monitorType: pool.protocol,
      provisioningStatus: 'ACTIVE',
      timeout: monitor.timeout,
      urlPath: monitor.urlPath,
      uuid: monitor.uuid,
    });
  },
  relations: {},
});

export const memberModel: TypeModel<unknown> = defineModel<LoadBalancerMemberRecord>({
  type: MEMBER,
  direct: ['id', 'uuid', 'address', 'weight'],
  local(member) {
    return {
      address: member.address,
      createDate: formatApiDate(member.createdAt),
      id: member.id,
      modifyDate: formatApiDate(member.modifiedAt),
      provisioningStatus: 'ACTIVE',
      uuid: member.uuid,
      weight: member.weight,
    };
  },
  relations: {},
});
