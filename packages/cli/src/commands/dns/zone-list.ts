import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';

const command: CommandSpec = defineCommand({
  name: 'zone-list',
  description: 'List all zones.',
  async run(context) {
    const manager = await context.manager('DnsManager');
    const zones = await manager.listZones({ mask: 'mask[id,name,serial,updateDate,resourceRecordCount]' });
    const table = new Table(['id', 'zone', 'serial', 'updated', 'records'], { align: 'left' });
    for (const zone of zones) {
      const serial = String(zone.serial);
      const updated =
        zone.updateDate ?? `${serial.slice(0, 4)}-${serial.slice(4, 6)}-${serial.slice(6, 8)}T00:00:00-06:00`;
      table.addRow([zone.id, zone.name, serial, cleanTime(updated), zone.resourceRecordCount ?? 0]);
    }
    return table;
  },
});

export default command;
