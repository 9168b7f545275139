import { type CommandSpec, defineCommand } from '../../../define-command';
import { Table } from '../../../output/table';
import { lookup } from '../../lookup';

const command: CommandSpec = defineCommand({
  name: 'create-options',
  description: 'List options for creating a placement group.',
  async run(context) {
    const manager = await context.manager('PlacementManager');
    const routers = await manager.getRouters();
    const routerTable = new Table(['Datacenter', 'Hostname', 'Backend Router Id'], {
      title: 'Available Routers',
    });
    for (const router of routers) {
      routerTable.addRow([lookup(router, 'topLevelLocation', 'longName'), router.hostname, router.id]);
    }
    context.print(routerTable);
    const rules = await manager.getAllRules();
    const ruleTable = new Table(['Id', 'KeyName'], { title: 'Rules' });
    for (const rule of rules) ruleTable.addRow([rule.id, rule.keyName]);
    context.print(ruleTable);
  },
});

export default command;
