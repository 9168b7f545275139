import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'create-options',
  description: 'Get options to use for creating Vlan servers.',
  async run(context) {
    const manager = await context.manager('NetworkManager');
    const datacenters = await manager.getListDatacenter();
    const routersByDatacenter = await Promise.all(
      datacenters.map((datacenter) => manager.getRouters(Number(datacenter.id))),
    );
    const table = new Table(['Options', 'Value'], { title: 'Datacenters' });
    const routerTable = new Table(['Datacenter', 'Router/Pod']);
    const datacenterTable = new Table(['Datacenters']);
    table.addRow(['VLAN type', 'Private, Public']);
    datacenters.forEach((datacenter, index) => {
      datacenterTable.addRow([datacenter.name]);
      for (const router of routersByDatacenter[index] ?? [])
        routerTable.addRow([datacenter.name, router.hostname]);
    });
    table.addRow(['Datacenters', datacenterTable]);
    table.addRow(['Routers', routerTable]);
    return table;
  },
});

export default command;
