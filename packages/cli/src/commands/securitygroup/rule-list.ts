import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, Table } from '../../output/table';

/** The columns of a rule (`detail` shows all but the dates). */
export const RULE_COLUMNS: readonly string[] = [
  'id',
  'remoteIp',
  'remoteGroupId',
  'direction',
  'ethertype',
  'portRangeMin',
  'portRangeMax',
  'protocol',
  'createDate',
  'modifyDate',
];

const command: CommandSpec = defineCommand({
  name: 'rule-list',
  description: 'List security group rules.',
  arguments: [{ name: 'securitygroup_id' }],
  options: [{ flags: '--sortby <column>', description: 'Column to sort by', choices: RULE_COLUMNS }],
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    const rules = await manager.listSecuritygroupRules(text(args.securitygroup_id) ?? '');
    const table = new Table(RULE_COLUMNS);
    table.sortBy = text(options.sortby);
    for (const rule of rules) {
      table.addRow([
        rule.id,
        rule.remoteIp || blank(),
        rule.remoteGroupId || blank(),
        rule.direction,
        rule.ethertype || blank(),
        rule.portRangeMin ?? blank(),
        rule.portRangeMax ?? blank(),
        rule.protocol || blank(),
        rule.createDate || blank(),
        rule.modifyDate || blank(),
      ]);
    }
    return table;
  },
});

export default command;
