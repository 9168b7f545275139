import type { FirewallManager } from '@sl/managers';
import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, Listing, Table } from '../../output/table';

type SoftLayer_Network_Component_Firewall = NonNullable<
  Awaited<ReturnType<FirewallManager['getFirewalls']>>[number]['firewallNetworkComponents']
>[number];

/** The reference's `has_firewall_component`: a standard firewall that is not locked (`no_edit`). */
function editable(component: SoftLayer_Network_Component_Firewall): boolean {
  return component.status !== 'no_edit';
}

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List firewalls.',
  async run(context) {
    const manager = await context.manager('FirewallManager');
    const table = new Table(['firewall id', 'type', 'features', 'server/vlan id'], {
      title: 'Single Server Firewalls',
    });
    const vlans = await manager.getFirewalls();
    for (const vlan of vlans.filter((candidate) => candidate.dedicatedFirewallFlag)) {
      const features = vlan.highAvailabilityFirewallFlag ? ['HA'] : [];
      table.addRow([
        `vlan:${vlan.networkVlanFirewall?.id}`,
        'VLAN - dedicated',
        features.length > 0 ? new Listing(features, ',') : blank(),
        vlan.id,
      ]);
    }
    for (const vlan of vlans.filter((candidate) => !candidate.dedicatedFirewallFlag)) {
      for (const firewall of (vlan.firewallGuestNetworkComponents ?? []).filter(editable)) {
        table.addRow([
          `vs:${firewall.id}`,
          'Virtual Server - standard',
          '-',
          firewall.guestNetworkComponent?.guest?.id ?? null,
        ]);
      }
      for (const firewall of (vlan.firewallNetworkComponents ?? []).filter(editable)) {
        table.addRow([
          `server:${firewall.id}`,
          'Server - standard',
          '-',
          firewall.networkComponent?.downlinkComponent?.hardwareId ?? null,
        ]);
      }
    }
    const gatewalls = new Table(
      [
        'Id',
        'firewall',
        'type',
        'Hostname',
        'Location',
        'Public Ip',
        'Private Ip',
        'Associated vlan',
        'status',
      ],
      { title: 'Multi Vlan Firewall' },
    );
    for (const gateway of await manager.getFirewallsGatewalls()) {
      gatewalls.addRow([
        gateway.networkFirewall?.id ?? null,
        gateway.name ?? null,
        gateway.networkFirewall?.firewallType ?? null,
        gateway.members?.[0]?.hardware?.hostname ?? null,
        gateway.networkFirewall?.datacenter?.name ?? null,
        gateway.publicIpAddress?.ipAddress ?? null,
        gateway.privateIpAddress?.ipAddress ?? null,
        gateway.insideVlans?.length ?? 0,
        gateway.status?.keyName ?? null,
      ]);
    }
    context.print(table);
    context.print(gatewalls);
  },
});

export default command;
