import type { LoadBalancerManager } from '@sl/managers';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { blank, Table } from '../../output/table';

type Policy = Awaited<ReturnType<LoadBalancerManager['getL7Policies']>>[number];

function policyTable(policies: readonly Policy[], listenerId: number | string): Table {
  const table = new Table(['Id', 'UUID', 'Name', 'Action', 'Redirect', 'Priority', 'Create Date'], {
    title: `Layer7 policies - protocol ID ${listenerId}`,
  });
  table.align = { Name: 'left', Action: 'left', Redirect: 'left' };
  const sorted = [...policies].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  for (const policy of sorted) {
    table.addRow([
      policy.id,
      policy.uuid,
      policy.name,
      policy.action,
      policy.redirectL7PoolId || policy.redirectUrl || blank(),
      policy.priority,
      policy.createDate,
    ]);
  }
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'l7policies',
  description: 'List policies of the front-end protocol (listener).',
  options: [{ flags: '-p, --protocol-id <id>', description: 'Front-end Protocol identifier', integer: true }],
  async run(context, { options }) {
    const manager = await context.manager('LoadBalancerManager');
    const protocolId = integer(options.protocolId);
    if (protocolId) return policyTable(await manager.getL7Policies(protocolId), protocolId);
    const byListener = await manager.getAllL7Policies();
    return Object.entries(byListener).map(([listenerId, policies]) => policyTable(policies, listenerId));
  },
});

export default command;
