import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { RULE_OPTIONS, ruleFromOptions } from './rule-options';
import { ruleIdOf } from './rule-remove';

const command: CommandSpec = defineCommand({
  name: 'rule-edit',
  description: 'Edit a security group rule in a security group.',
  arguments: [{ name: 'securitygroup_id' }, { name: 'rule_id' }],
  options: RULE_OPTIONS,
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    const result = await manager.editSecuritygroupRule(
      text(args.securitygroup_id) ?? '',
      ruleIdOf(text(args.rule_id)),
      ruleFromOptions(options),
    );
    const table = new Table(['requestId', 'response']);
    table.addRow([result.requestId]);
    return table;
  },
});

export default command;
