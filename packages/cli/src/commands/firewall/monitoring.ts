import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { bytesToGb } from '../image/image-fields';
import { wholeId } from './firewall-id';

const DAY_MS = 86_400_000;

/** A date as `YYYY-MM-DD` (local time, as Python's `date.today()`). */
function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const command: CommandSpec = defineCommand({
  name: 'monitoring',
  description: 'Gets bandwidth details for a firewall from the past 30 days.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const id = wholeId(text(args.identifier), 'firewall id');
    const manager = await context.manager('FirewallManager');
    const firewall = await manager.getInstance(id);
    // The default mask names only `data` and `type` of the tracking object; its id is asked for by name.
    const trackingId =
      firewall.metricTrackingObject?.id ??
      (await manager.getInstance(id, { mask: 'mask[id,metricTrackingObject[id]]' })).metricTrackingObject?.id;
    const today = new Date();
    const end = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    const lastMonth = new Date(new Date(end.getFullYear(), end.getMonth(), 1).getTime() - 30 * DAY_MS);
    let publicIn = 0;
    let publicOut = 0;
    if (trackingId !== undefined) {
      for (const point of await manager.getSummary(trackingId, isoDate(lastMonth), isoDate(end))) {
        if (point.type === 'publicOut_net_octet') publicOut += point.counter ?? 0;
        if (point.type === 'publicIn_net_octet') publicIn += point.counter ?? 0;
      }
    }
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['Id', firewall.id ?? null]);
    table.addRow(['Name', firewall.networkGateway?.name ?? null]);
    table.addRow(['Stard Date', isoDate(lastMonth)]);
    table.addRow(['End Date', isoDate(end)]);
    table.addRow(['Out', bytesToGb(publicOut)]);
    table.addRow(['In', bytesToGb(publicIn)]);
    table.addRow(['Total', bytesToGb(publicOut + publicIn)]);
    table.addRow(['Status', firewall.networkGateway?.status?.name ?? null]);
    return table;
  },
});

export default command;
