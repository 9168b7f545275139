import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, KeyValueTable, Table } from '../../output/table';
import { bindingRow } from './bindings';
import { RULE_COLUMNS } from './rule-list';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details about a security group.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const group = await (await context.manager('NetworkManager')).getSecuritygroup(
      text(args.identifier) ?? '',
    );
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', group.id]);
    table.addRow(['name', group.name || blank()]);
    table.addRow(['description', group.description || blank()]);
    const rules = new Table(RULE_COLUMNS.slice(0, 8));
    for (const rule of group.rules ?? []) {
      rules.addRow([
        rule.id,
        rule.remoteIp || blank(),
        'remoteGroupId' in rule ? rule.remoteGroupId : rule.remoteGroup?.id || blank(),
        rule.direction,
        rule.ethertype || blank(),
        rule.portRangeMin ?? blank(),
        rule.portRangeMax ?? blank(),
        rule.protocol || blank(),
      ]);
    }
    table.addRow(['rules', rules]);
    const servers = new Table(['id', 'hostname', 'interface', 'ipAddress']);
    for (const binding of group.networkComponentBindings ?? []) servers.addRow(bindingRow(binding));
    table.addRow(['servers', servers]);
    return table;
  },
});

export default command;
