import type { SecurityGroupRuleInput } from '@sl/managers';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { pythonStr } from '../../output/python-text';
import { Table } from '../../output/table';
import { RULE_OPTIONS, ruleFromOptions } from './rule-options';

const command: CommandSpec = defineCommand({
  name: 'rule-add',
  description: 'Add a security group rule to a security group.',
  help: [
    'Examples:',
    '    sl sg rule-add 384727 --direction ingress --protocol tcp --port-min 22 --port-max 22',
    '    sl sg rule-add 384727 --direction ingress --protocol icmp --port-min 8 --port-max 0',
  ].join('\n'),
  arguments: [{ name: 'securitygroup_id' }],
  options: RULE_OPTIONS,
  async run(context, { args, options }) {
    const rule = ruleFromOptions(options) as SecurityGroupRuleInput;
    const manager = await context.manager('NetworkManager');
    const result = await manager.addSecuritygroupRule(text(args.securitygroup_id) ?? '', rule);
    const table = new Table(['requestId', 'rules']);
    table.addRow([result.requestId, pythonStr(result.rules)]);
    return table;
  },
});

export default command;
