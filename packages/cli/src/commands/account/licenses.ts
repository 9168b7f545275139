import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { printEach } from './print-each';
import { trimTo } from './python-helpers';

const command: CommandSpec = defineCommand({
  name: 'licenses',
  description: 'Show all licenses.',
  async run(context) {
    const manager = await context.manager('AccountManager');
    const [panels, vmwares] = await Promise.all([
      manager.getActiveVirtualLicenses(),
      manager.getActiveAccountLicenses(),
    ]);
    const panelTable = new KeyValueTable(
      ['id', 'ip_address', 'manufacturer', 'software', 'key', 'subnet', 'subnet notes'],
      { title: 'Control Panel Licenses' },
    );
    for (const panel of panels) {
      panelTable.addRow([
        panel.id,
        panel.ipAddress,
        panel.softwareDescription?.manufacturer,
        trimTo(String(panel.softwareDescription?.longDescription ?? ''), 40),
        panel.key,
        panel.subnet?.broadcastAddress,
        panel.subnet?.note,
      ]);
    }
    const vmwareTable = new KeyValueTable(
      ['name', 'license_key', 'cpus', 'description', 'manufacturer', 'requiredUser'],
      { title: 'VMware Licenses' },
    );
    for (const vmware of vmwares) {
      vmwareTable.addRow([
        vmware.softwareDescription?.name,
        vmware.key,
        vmware.capacity,
        vmware.billingItem?.description,
        vmware.softwareDescription?.manufacturer,
        vmware.softwareDescription?.requiredUser,
      ]);
    }
    printEach(context, [panelTable, vmwareTable]);
  },
});

export default command;
