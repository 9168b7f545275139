// The backend (private) routers of the datacenters, as the VLANs name them: placement groups, dedicated hosts and
// reserved capacity hang off one.
import { DATACENTERS } from './catalog';
import { allVlans } from './network';

export interface BackendRouter {
  id: number;
  hostname: string;
  datacenterId: number;
}

/** Every datacenter's backend router (`bcr01a.<datacenter>`), in datacenter order. */
export function backendRouters(): BackendRouter[] {
  return allVlans()
    .filter((vlan) => vlan.networkSpace === 'PRIVATE')
    .map((vlan) => ({ id: vlan.routerId, hostname: vlan.routerHostname, datacenterId: vlan.datacenter.id }));
}

export function backendRouterById(id: number): BackendRouter | undefined {
  return backendRouters().find((router) => router.id === id);
}

/** A router as the API shows it (`SoftLayer_Hardware_Router`), with its datacenter when asked for. */
export function routerView(router: BackendRouter): Record<string, unknown> {
  const datacenter = DATACENTERS.find((dc) => dc.id === router.datacenterId);
  return {
    id: router.id,
    hostname: router.hostname,
    fullyQualifiedDomainName: `${router.hostname}.softlayer.com`,
    domain: 'softlayer.com',
    topLevelLocationId: router.datacenterId,
    datacenter: datacenter
      ? { id: datacenter.id, name: datacenter.name, longName: datacenter.longName }
      : undefined,
  };
}
