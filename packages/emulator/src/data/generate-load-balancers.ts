import { DATACENTERS } from './catalog';
import { DAY_MS, GENERATION_ANCHOR } from './dates';
import { DEFAULT_SSL_CIPHER_IDS, LOAD_BALANCING_METHODS } from './lbaas-catalog';
import { addressAt, subnetsOf } from './network';
import { type Random, randomUuid } from './random';
import type {
  GuestRecord,
  LoadBalancerListenerRecord,
  LoadBalancerMemberRecord,
  LoadBalancerProtocol,
  LoadBalancerRecord,
} from './records';

export interface GenerateLoadBalancersOptions {
  /** The load balancers' own random stream. */
  random: Random;
  count: number;
  /** The generated guests: members are the private addresses of guests in the load balancer's datacenter. */
  guests: readonly GuestRecord[];
  /** The next load balancer id, and the next id of the listener/member/health monitor id space. */
  allocate: () => number;
  allocatePart: () => number;
}

const KINDS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'web', description: 'Public web frontends' },
  { name: 'api', description: 'Internal API gateway' },
  { name: 'shop', description: 'Storefront behind the CDN' },
  { name: 'auth', description: 'Login and token service' },
  { name: 'grafana', description: 'Dashboards for the ops team' },
  { name: 'ingress', description: 'Kubernetes ingress workers' },
  { name: 'search', description: 'Search cluster' },
  { name: 'media', description: 'Image and video delivery' },
];

/** Frontend → backend mappings a generated listener uses (one frontend port each per load balancer). */
const LISTENER_TEMPLATES: ReadonlyArray<{
  protocol: LoadBalancerProtocol;
  port: number;
  backendProtocol: LoadBalancerProtocol;
  backendPort: number;
}> = [
  { protocol: 'HTTP', port: 80, backendProtocol: 'HTTP', backendPort: 8080 },
  { protocol: 'HTTPS', port: 443, backendProtocol: 'HTTP', backendPort: 8080 },
  { protocol: 'TCP', port: 5432, backendProtocol: 'TCP', backendPort: 5432 },
  { protocol: 'HTTP', port: 8080, backendProtocol: 'HTTP', backendPort: 80 },
  { protocol: 'TCP', port: 6379, backendProtocol: 'TCP', backendPort: 6379 },
];

function listener(
  options: GenerateLoadBalancersOptions,
  template: (typeof LISTENER_TEMPLATES)[number],
  createdAt: number,
): LoadBalancerListenerRecord {
  const { random } = options;
  const modifiedAt = createdAt + random.int(0, 20) * DAY_MS;
  const http = template.backendProtocol !== 'TCP';
  return {
    id: options.allocatePart(),
    uuid: randomUuid(random),
    protocol: template.protocol,
    protocolPort: template.port,
    connectionLimit: random.pick([null, 1000, 5000, 15000]),
    clientTimeout: random.pick([50, 50, 120]),
    serverTimeout: random.pick([50, 50, 300]),
    tlsCertificateId: template.protocol === 'HTTPS' ? 1_450_000 + random.int(1, 999) : null,
    createdAt,
    modifiedAt,
    pool: {
      uuid: randomUuid(random),
      protocol: template.backendProtocol,
      protocolPort: template.backendPort,
      loadBalancingAlgorithm: random.pick(LOAD_BALANCING_METHODS),
      sessionType: random.chance(0.25) ? 'SOURCE_IP' : null,
      createdAt,
      modifiedAt,
      healthMonitor: {
        id: options.allocatePart(),
        uuid: randomUuid(random),
        interval: random.pick([5, 5, 10, 15]),
        maxRetries: random.pick([2, 2, 3]),
        timeout: random.pick([2, 2, 5]),
        urlPath: http ? random.pick(['/', '/', '/healthz', '/status']) : null,
        createdAt,
        modifiedAt,
      },
    },
  };
}

/**
 * Builds the account's load balancers: each in the datacenter of one of the guests, with one to three listeners
 * (each with its pool and health monitor) and one to four members, the private addresses of guests there.
 */
export function generateLoadBalancers(options: GenerateLoadBalancersOptions): LoadBalancerRecord[] {
  const { random, guests } = options;
  const loadBalancers: LoadBalancerRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    const anchor = guests.length > 0 ? random.pick(guests) : undefined;
    const datacenterId = anchor?.datacenterId ?? random.pick(DATACENTERS).id;
    const createdAt = GENERATION_ANCHOR - random.int(10, 700) * DAY_MS - random.int(0, DAY_MS);
    const listenerCount = random.int(1, 3);
    const templates: Array<(typeof LISTENER_TEMPLATES)[number]> = [];
    while (templates.length < listenerCount) {
      const template = random.pick(LISTENER_TEMPLATES);
      if (!templates.some((chosen) => chosen.port === template.port)) templates.push(template);
    }
    const id = options.allocate();
    const listeners = templates.map((template) => listener(options, template, createdAt));
    const local = guests.filter((guest) => guest.datacenterId === datacenterId);
    const members: LoadBalancerMemberRecord[] = [];
    const wanted = Math.min(local.length, random.int(1, 4));
    for (let attempt = 0; members.length < wanted && attempt < wanted * 4; attempt++) {
      const guest = random.pick(local);
      const address = addressAt(subnetsOf(datacenterId).private, guest.ipIndex);
      if (members.some((member) => member.address === address)) continue;
      members.push({
        id: options.allocatePart(),
        uuid: randomUuid(random),
        address,
        weight: random.pick([50, 50, 25, 100]),
        createdAt,
        modifiedAt: createdAt,
      });
    }
    const kind = KINDS[index % KINDS.length] as (typeof KINDS)[number];
    const round = Math.floor(index / KINDS.length);
    loadBalancers.push({
      id,
      uuid: randomUuid(random),
      name: `${kind.name}-lb${round === 0 ? '' : round + 1}`,
      description: kind.description,
      datacenterId,
      type: random.pick([0, 1, 1] as const),
      isDataLogEnabled: random.chance(0.3),
      createdAt,
      modifiedAt: Math.max(...listeners.map((item) => item.modifiedAt)),
      listeners,
      members,
      sslCipherIds: listeners.some((item) => item.protocol === 'HTTPS') ? [...DEFAULT_SSL_CIPHER_IDS] : [],
      deletedAt: null,
    });
  }
  return loadBalancers;
}
