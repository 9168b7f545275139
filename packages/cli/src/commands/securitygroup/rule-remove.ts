import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

/** A rule id argument (a whole number). */
export function ruleIdOf(value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new CliError(`Error: Invalid rule id '${value}'`);
  return Number(value);
}

const command: CommandSpec = defineCommand({
  name: 'rule-remove',
  description: 'Remove a rule from a security group.',
  arguments: [{ name: 'securitygroup_id' }, { name: 'rule_id' }],
  async run(context, { args }) {
    const manager = await context.manager('NetworkManager');
    const result = await manager.removeSecuritygroupRule(
      text(args.securitygroup_id) ?? '',
      ruleIdOf(text(args.rule_id)),
    );
    const table = new Table(['requestId', 'response']);
    table.addRow([result.requestId]);
    return table;
  },
});

export default command;
