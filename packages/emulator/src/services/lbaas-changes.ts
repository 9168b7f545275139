// Finding a load balancer by its uuid, and changing it: what every LBaaS method that takes a uuid shares.
import { faults } from '../api-fault';
import type { LoadBalancerRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { isPresent, LOAD_BALANCER } from '../models/load-balancer';
import { stringArg } from './arguments';
import { type MethodInput, type MethodOutput, row } from './service-definition';

/**
 * What the LBaaS change methods answer when the call has no mask: the load balancer with its listeners (and their
 * pools, health monitors and members), members and health monitors populated, as the API documents.
 */
export const UPDATED_LOAD_BALANCER_MASK =
  'mask[listeners[defaultPool[healthMonitor,members,sessionAffinity]],members,healthMonitors]';

/** The load balancer a uuid argument names (one still there), or the API's not-found fault. */
export function loadBalancerArg(input: MethodInput, index = 0): LoadBalancerRecord {
  const uuid = stringArg(input.call.args, index, 'loadBalancerUuid');
  const found = input.context.state.loadBalancers
    .all()
    .find((candidate) => candidate.uuid === uuid && isPresent(candidate, input.context.now));
  if (!found) throw faults.uuidNotFound(uuid);
  return found;
}

/** Drops the cancelled load balancers whose deletion has finished. */
function purgeDeleted(state: EmulatorState, now: number): void {
  for (const loadBalancer of [...state.loadBalancers.all()]) {
    if (!isPresent(loadBalancer, now)) state.loadBalancers.delete(loadBalancer.id);
  }
}

/**
 * Changes the load balancer a uuid argument names: `change` computes the new parts (and throws the API's fault,
 * changing nothing, when a value is wrong); the load balancer's modifyDate follows. Answers the updated load balancer.
 */
export function changeLoadBalancer(
  input: MethodInput,
  change: (loadBalancer: LoadBalancerRecord) => Partial<LoadBalancerRecord>,
): MethodOutput {
  const loadBalancer = loadBalancerArg(input);
  if (loadBalancer.deletedAt !== null) {
    throw faults.publicError(
      `The load balancer ${loadBalancer.uuid} is being deleted (DELETE_PENDING) and cannot be changed.`,
    );
  }
  const changes = change(loadBalancer);
  const { state, now } = input.context;
  state.mutate(() => {
    purgeDeleted(state, now);
    Object.assign(loadBalancer, changes, { modifiedAt: now });
  });
  return row(LOAD_BALANCER, loadBalancer, UPDATED_LOAD_BALANCER_MASK);
}

/** The next id of a load balancer's listeners, members and health monitors. */
export function partIds(state: EmulatorState): () => number {
  return () => state.allocateId('loadBalancerPart');
}
