import type { ClosingVlan } from '@sl/managers';
import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';

/** One resource on a closing pod's VLANs: its name, VLAN number by network space, and cancellation date. */
interface ClosingResource {
  name: unknown;
  vlan: Record<string, unknown>;
  cancelDate: string | null;
}

type ResourceKind = 'hardware' | 'virtual' | 'firewall' | 'gateway';

/** The resources of each kind by id, in the order slcli prints them. */
type Resources = Record<ResourceKind, Map<unknown, ClosingResource>>;

/** Adds a VLAN's resources (a resource on several VLANs gets each VLAN's number), as slcli's `process_vlan`. */
function addVlan(vlan: ClosingVlan, resources: Resources): void {
  const add = (kind: ResourceKind, nameProperty: string, list: unknown) => {
    for (const resource of (list ?? []) as Array<Record<string, unknown>>) {
      const existing = resources[kind].get(resource.id);
      const space = String(vlan.networkSpace);
      if (existing) {
        existing.vlan[space] = vlan.vlanNumber;
        continue;
      }
      const billing = resource.billingItem as { cancellationDate?: string } | undefined;
      resources[kind].set(resource.id, {
        name: resource[nameProperty],
        vlan: { [space]: vlan.vlanNumber },
        cancelDate: cleanTime(billing?.cancellationDate),
      });
    }
  };
  add('virtual', 'fullyQualifiedDomainName', vlan.virtualGuests);
  add('hardware', 'fullyQualifiedDomainName', vlan.hardware);
  add('firewall', 'primaryIpAddress', vlan.networkVlanFirewall);
  add('gateway', 'name', vlan.privateNetworkGateways);
  add('gateway', 'name', vlan.publicNetworkGateways);
}

const command: CommandSpec = defineCommand({
  name: 'datacenter-closures',
  description: 'Report on Resources in closing datacenters',
  help: 'Displays a list of Datacenters soon to be shutdown, and any resources on the account in those locations',
  async run(context) {
    const manager = await context.manager('ReportManager');
    const table = new Table(
      ['Id', 'Name', 'Public VLAN', 'Private VLAN', 'Type', 'Datacenter', 'POD', 'Cancellation Date'],
      { title: 'Resources in closing datacenters', align: 'left' },
    );
    for (const pod of await manager.getClosingPods()) {
      const resources: Resources = {
        hardware: new Map(),
        virtual: new Map(),
        firewall: new Map(),
        gateway: new Map(),
      };
      for (const vlan of await manager.getClosingPodVlans(pod)) addVlan(vlan, resources);
      for (const [kind, byId] of Object.entries(resources)) {
        for (const [id, resource] of byId) {
          table.addRow([
            id,
            resource.name,
            resource.vlan.PUBLIC ?? '-',
            resource.vlan.PRIVATE ?? '-',
            kind,
            pod.datacenterLongName,
            pod.backendRouterName,
            resource.cancelDate,
          ]);
        }
      }
    }
    return table;
  },
});

export default command;
