import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { idArgument } from '../id-argument';
import { formatPython } from './python-helpers';

type Member = {
  id?: number;
  fullyQualifiedDomainName?: string;
  primaryIpAddress?: string;
  outboundBandwidthUsage?: unknown;
  bandwidthAllotmentDetail?: { allocation?: { amount?: unknown } };
};

function usageTable(members: readonly Member[]): Table {
  const table = new Table(['Id', 'HostName', 'IP Address', 'Amount', 'Current Usage']);
  for (const member of members) {
    table.addRow([
      member.id,
      member.fullyQualifiedDomainName,
      member.primaryIpAddress ?? '-',
      `${formatPython(member.bandwidthAllotmentDetail?.allocation?.amount)} GB`,
      `${formatPython(member.outboundBandwidthUsage ?? 0)} GB`,
    ]);
  }
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'bandwidth-pools-detail',
  description: 'Get bandwidth pool details.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('AccountManager');
    const pool = await manager.getBandwidthDetail(idArgument(args.identifier, 'IDENTIFIER'));
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['Id', pool.id]);
    table.addRow(['Name', pool.name]);
    // The reference reads the date as `%Y-%m-%d` and prints it with the default `%Y-%m-%d %H:%M`.
    const created = cleanTime(pool.createDate, 'date');
    table.addRow(['Create Date', created === null ? null : `${created} 00:00`]);
    table.addRow(['Current Usage', `${formatPython(pool.billingCyclePublicBandwidthUsage?.amountOut)} GB`]);
    table.addRow(['Projected  Usage', `${formatPython(pool.projectedPublicBandwidthUsage ?? 0)} GB`]);
    table.addRow(['Inbound   Usage', `${formatPython(pool.inboundPublicBandwidthUsage ?? 0)} GB`]);
    const members: ReadonlyArray<[string, readonly Member[] | undefined]> = [
      ['hardware', pool.hardware as Member[] | undefined],
      ['virtualGuests', pool.virtualGuests as Member[] | undefined],
      ['Netscaler', pool.bareMetalInstances as Member[] | undefined],
    ];
    for (const [name, list] of members) {
      table.addRow([name, list && list.length > 0 ? usageTable(list) : 'Not Found']);
    }
    return table;
  },
});

export default command;
