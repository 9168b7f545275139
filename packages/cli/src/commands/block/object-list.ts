import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'object-list',
  description: 'List cloud block storage.',
  async run(context) {
    const storages = await (await context.manager('BlockStorageManager')).getCloudList();
    const table = new Table(['Id', 'Account name', 'Description', 'Create Date', 'Type']);
    for (const storage of storages) {
      table.addRow([
        storage.id,
        storage.username,
        storage.storageType?.description,
        storage.billingItem?.createDate,
        storage.storageType?.keyName,
      ]);
    }
    return table;
  },
});

export default command;
