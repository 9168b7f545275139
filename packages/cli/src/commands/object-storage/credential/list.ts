import { type CommandSpec, defineCommand } from '../../../define-command';
import { accountId } from '../account-id';
import { credentialTable } from './credential-table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'Retrieve credentials used for generating an AWS signature. Max of 2.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('ObjectStorageManager');
    return credentialTable(await manager.listCredential(await accountId(manager, args.identifier)));
  },
});

export default command;
