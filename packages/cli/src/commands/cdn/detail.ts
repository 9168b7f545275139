import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { inRange } from '../click-types';

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Detail a CDN Account.',
  arguments: [{ name: 'unique_id' }],
  options: [
    {
      flags: '--history <days>',
      description: 'Bandwidth, Hits, Ratio counted over history number of days ago. 89 is the maximum. ',
      integer: true,
      default: 30,
    },
  ],
  async run(context, { args, options }) {
    const history = inRange(integer(options.history), 1, 89, '--history') ?? 30;
    const manager = await context.manager('CdnManager');
    const uniqueId = text(args.unique_id) ?? '';
    const cdn = await manager.getCdn(uniqueId);
    const totals = (await manager.getUsageMetrics(uniqueId, { history })).totals ?? [];
    const table = new KeyValueTable();
    table.addRow(['unique_id', cdn.uniqueId]);
    table.addRow(['hostname', cdn.domain]);
    table.addRow(['protocol', cdn.protocol]);
    table.addRow(['origin', cdn.originHost]);
    table.addRow(['origin_type', cdn.originType]);
    table.addRow(['path', cdn.path]);
    table.addRow(['provider', cdn.vendorName]);
    table.addRow(['status', cdn.status]);
    table.addRow(['total_bandwidth', `${totals[0]} GB`]);
    table.addRow(['total_hits', totals[1]]);
    table.addRow(['hit_ratio', `${totals[2]} %`]);
    return table;
  },
});

export default command;
