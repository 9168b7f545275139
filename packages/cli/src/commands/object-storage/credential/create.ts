import { type CommandSpec, defineCommand } from '../../../define-command';
import { accountId } from '../account-id';
import { credentialTable } from './credential-table';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Create credentials for an IBM Cloud Object Storage Account',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('ObjectStorageManager');
    const table = credentialTable([
      await manager.createCredential(await accountId(manager, args.identifier)),
    ]);
    table.sortBy = 'id';
    return table;
  },
});

export default command;
