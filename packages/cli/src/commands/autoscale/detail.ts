import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { resolveId } from '../resolve-id';
import { pythonText } from './list';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details of an Autoscale group.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('AutoScaleManager');
    const id = await resolveId(manager, args.identifier, 'autoscale group');
    const group = await manager.details(id);

    const table = new KeyValueTable(['Group', 'Value']);
    table.align = { Group: 'left', Value: 'left' };
    table.addRow(['Id', group.id]);
    table.addRow(['Datacenter', group.regionalGroup?.locations?.[0]?.longName]);
    table.addRow(['Termination', group.terminationPolicy?.name]);
    table.addRow(['Minimum Members', group.minimumMemberCount]);
    table.addRow(['Maximum Members', group.maximumMemberCount]);
    table.addRow(['Current Members', group.virtualGuestMemberCount]);
    table.addRow(['Cooldown', `${pythonText(group.cooldown)} seconds`]);
    table.addRow(['Last Action', cleanTime(group.lastActionDate)]);
    for (const network of group.networkVlans ?? []) {
      const vlan = network.networkVlan;
      table.addRow([
        vlan?.networkSpace,
        `${pythonText(vlan?.primaryRouter?.hostname)}.${pythonText(vlan?.vlanNumber)}`,
      ]);
    }
    context.print(table);

    const template = group.virtualGuestMemberTemplate ?? {};
    const config = new KeyValueTable(['Template', 'Value']);
    config.align = { Template: 'left', Value: 'left' };
    config.addRow(['Hostname', template.hostname]);
    config.addRow(['Domain', template.domain]);
    config.addRow(['Core', template.startCpus]);
    config.addRow(['Ram', template.maxMemory]);
    const network = template.networkComponents ?? [];
    config.addRow(['Network', network.length > 0 ? network[0]?.maxSpeed : 'Default']);
    const keys = template.sshKeys ?? [];
    if (keys.length > 0) {
      // The group's template names its keys by id only: their labels come from the keys themselves.
      const sshKeys = await context.manager('SshKeyManager');
      for (const key of keys) {
        const found = await sshKeys.getKey(key.id as number);
        config.addRow([`SSH Key ${pythonText(found.id)}`, found.label]);
      }
    }
    const diskType = template.localDiskFlag ? 'Local' : 'SAN';
    for (const disk of template.blockDevices ?? []) {
      config.addRow([`${diskType} Disk ${pythonText(disk.device)}`, disk.diskImage?.capacity]);
    }
    config.addRow(['OS', template.operatingSystemReferenceCode]);
    config.addRow(['Post Install', template.postInstallScriptUri || 'None']);
    context.print(config);

    const policies = new KeyValueTable(['Policy', 'Cooldown']);
    policies.align = 'center';
    for (const policy of group.policies ?? []) {
      policies.addRow([policy.name, policy.cooldown || group.cooldown]);
    }
    context.print(policies);

    const members = new Table(['Id', 'Hostname', 'Created'], { title: 'Active Guests' });
    for (const member of group.virtualGuestMembers ?? []) {
      const guest = member.virtualGuest;
      members.addRow([guest?.id, guest?.hostname, cleanTime(guest?.provisionDate)]);
    }
    context.print(members);
  },
});

export default command;
