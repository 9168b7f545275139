import { faults } from '../api-fault';
import { SSL_CIPHERS } from '../data/lbaas-catalog';
import { addressAt, subnetsOf } from '../data/network';
import type { LoadBalancerRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { isPresent, LOAD_BALANCER, presentLoadBalancers } from '../models/load-balancer';
import { hash } from '../models/shared-views';
import type { ViewContext } from '../models/type-model';
import { listArg, toFlag, toInteger } from './arguments';
import { changeLoadBalancer, loadBalancerArg } from './lbaas-changes';
import { row, rows, type ServiceDefinition, value } from './service-definition';

/** The servers behind private (and public) addresses, and whether they answer: running guests and servers do. */
function serversUp(state: EmulatorState, addresses: ReadonlySet<string>): Map<string, boolean> {
  const up = new Map<string, boolean>();
  const visit = (datacenterId: number, ipIndex: number, running: boolean): void => {
    const subnets = subnetsOf(datacenterId);
    for (const address of [addressAt(subnets.private, ipIndex), addressAt(subnets.public, ipIndex)]) {
      if (addresses.has(address)) up.set(address, running);
    }
  };
  for (const guest of state.guests.all())
    visit(guest.datacenterId, guest.ipIndex, guest.powerState === 'RUNNING');
  for (const server of state.hardware.all()) visit(server.datacenterId, server.ipIndex, true);
  return up;
}

/** `SoftLayer_Network_LBaaS_PoolMembersHealth` per pool: a member is UP while its server runs, else DOWN. */
function memberHealth(loadBalancer: LoadBalancerRecord, context: ViewContext): Record<string, unknown>[] {
  const up = serversUp(context.state, new Set(loadBalancer.members.map((member) => member.address)));
  return loadBalancer.listeners.map((listener) => ({
    poolUuid: listener.pool.uuid,
    membersHealth: loadBalancer.members.map((member) => ({
      uuid: member.uuid,
      status: up.get(member.address) === true ? 'UP' : 'DOWN',
    })),
  }));
}

/** `SoftLayer_Network_LBaaS_LoadBalancerStatistics`: member counts from their health, traffic stable per uuid. */
function statistics(loadBalancer: LoadBalancerRecord, context: ViewContext): Record<string, unknown> {
  const health = memberHealth(loadBalancer, context)[0]?.membersHealth as
    | Array<{ status: string }>
    | undefined;
  const membersUp = (health ?? []).filter((member) => member.status === 'UP').length;
  const seed = Math.abs(hash(loadBalancer.uuid));
  const load = membersUp === 0 ? 0 : 1 + (seed % 40);
  return {
    connectionRate: load * 3,
    dataProcessedByMonth: load * 1_048_576 * (10 + (seed % 90)),
    numberOfMembersDown: loadBalancer.members.length - membersUp,
    numberOfMembersUp: membersUp,
    throughput: load * 12_500.5,
    totalConnections: load * 25,
  };
}

/** SoftLayer_Network_LBaaS_LoadBalancer: the account's IBM Cloud Load Balancers. */
export const loadBalancerService: ServiceDefinition = {
  name: LOAD_BALANCER,
  type: LOAD_BALANCER,
  find: (id, context) => {
    const found = context.state.loadBalancers.get(id);
    return found && isPresent(found, context.now) ? found : undefined;
  },
  methods: {
    getAllObjects: (input) =>
      rows(LOAD_BALANCER, presentLoadBalancers(input.context.state, input.context.now)),
    getLoadBalancer: (input) => row(LOAD_BALANCER, loadBalancerArg(input)),
    getLoadBalancerMemberHealth: (input) =>
      rows('SoftLayer_Network_LBaaS_PoolMembersHealth', memberHealth(loadBalancerArg(input), input.context)),
    getLoadBalancerStatistics: (input) =>
      row(
        'SoftLayer_Network_LBaaS_LoadBalancerStatistics',
        statistics(loadBalancerArg(input), input.context),
      ),
    updateLoadBalancer: (input) =>
      changeLoadBalancer(input, () => {
        const description = input.call.args[1];
        if (typeof description !== 'string' || description.length > 256) {
          throw faults.invalidValue('newDescription must be a string of at most 256 characters.');
        }
        return { description };
      }),
    enableOrDisableDataLogs: (input) =>
      changeLoadBalancer(input, () => ({ isDataLogEnabled: toFlag(input.call.args[1]) })),
    updateSslCiphers: (input) =>
      changeLoadBalancer(input, () => {
        const ids = listArg(input.call.args, 1, 'cipherList').map((raw) => {
          const id = toInteger(raw);
          if (id === undefined || !SSL_CIPHERS.some((cipher) => cipher.id === id)) {
            throw faults.invalidValue(
              `Unknown cipher ${String(raw)}: see SoftLayer_Network_LBaaS_SSLCipher::getAllObjects.`,
            );
          }
          return id;
        });
        return { sslCipherIds: [...new Set(ids)] };
      }),
    cancelLoadBalancer: (input) => {
      const loadBalancer = loadBalancerArg(input);
      if (loadBalancer.deletedAt !== null) {
        throw faults.publicError(`The load balancer ${loadBalancer.uuid} is already being deleted.`);
      }
      const { state, now } = input.context;
      // The billing system deletes it in the background: DELETE_PENDING meanwhile, then gone.
      state.mutate(() => {
        loadBalancer.deletedAt = now + Math.max(0, input.settings.provisioningMs);
        loadBalancer.modifiedAt = now;
      });
      return value(true);
    },
  },
};

/** SoftLayer_Network_LBaaS_SSLCipher: the ciphers a load balancer may be configured with. */
export const sslCipherService: ServiceDefinition = {
  name: 'SoftLayer_Network_LBaaS_SSLCipher',
  type: 'SoftLayer_Network_LBaaS_SSLCipher',
  find: (id) => SSL_CIPHERS.find((cipher) => cipher.id === id),
  methods: {
    getAllObjects: () => rows('SoftLayer_Network_LBaaS_SSLCipher', SSL_CIPHERS),
  },
};
