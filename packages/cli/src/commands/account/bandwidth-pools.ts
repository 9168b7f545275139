import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { formatPython } from './python-helpers';

const command: CommandSpec = defineCommand({
  name: 'bandwidth-pools',
  description: 'Displays bandwidth pool information',
  help: 'Similiar to https://cloud.ibm.com/classic/network/bandwidth/vdr',
  async run(context) {
    const manager = await context.manager('AccountManager');
    const pools = await manager.getBandwidthPools();
    const servers = await Promise.all(pools.map((pool) => manager.getBandwidthPoolCounts(Number(pool.id))));
    const table = new Table(
      ['Id', 'Pool Name', 'Region', 'Servers', 'Allocation', 'Current Usage', 'Projected Usage'],
      { title: 'Bandwidth Pools' },
    );
    table.align = 'left';
    pools.forEach((pool, index) => {
      table.addRow([
        pool.id,
        pool.name,
        pool.locationGroup?.name,
        servers[index],
        `${formatPython(pool.totalBandwidthAllocated ?? 0)} GB`,
        `${formatPython(pool.billingCyclePublicBandwidthUsage?.amountOut)} GB`,
        `${formatPython(pool.projectedPublicBandwidthUsage ?? 0)} GB`,
      ]);
    });
    return table;
  },
});

export default command;
