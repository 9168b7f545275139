import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'object-storage-permission',
  description: 'Display permission details for a cloud object storage.',
  arguments: [{ name: 'object_id' }],
  async run(context, { args }) {
    const manager = await context.manager('BlockStorageManager');
    const id = idArgument(args.object_id, 'OBJECT_ID');
    const [cloud, endPoints] = await Promise.all([
      manager.getNetworkMessageDeliveryAccounts(id),
      manager.getEndPoints(id),
    ]);
    const credentials = new Table(['Id', 'Access Key ID', 'Secret Access Key', 'Description']);
    for (const credential of cloud.credentials ?? []) {
      credentials.addRow([
        credential.id,
        credential.username,
        credential.password,
        credential.type?.description,
      ]);
    }
    const urls = new Table(['Region', 'Location', 'Type', 'URL']);
    for (const endPoint of endPoints) {
      urls.addRow([endPoint.region || '', endPoint.location || '', endPoint.type, endPoint.url]);
    }
    const table = new Table(['Name', 'Value']);
    table.addRow(['UUID', cloud.uuid]);
    table.addRow(['Credentials', credentials]);
    table.addRow(['EndPoint URL´s', urls]);
    return table;
  },
});

export default command;
