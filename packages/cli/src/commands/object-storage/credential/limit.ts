import { type CommandSpec, defineCommand } from '../../../define-command';
import { Table } from '../../../output/table';
import { accountId } from '../account-id';

const command: CommandSpec = defineCommand({
  name: 'limit',
  description: 'Credential limits for this IBM Cloud Object Storage account.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('ObjectStorageManager');
    const table = new Table(['limit']);
    table.addRow([await manager.limitCredential(await accountId(manager, args.identifier))]);
    return table;
  },
});

export default command;
