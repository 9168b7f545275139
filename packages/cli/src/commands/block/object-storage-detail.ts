import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { FormattedItem, KeyValueTable } from '../../output/table';
import { idArgument } from '../id-argument';

/** The reference's `b_to_gb`: the bytes in json, `12.34G` in text. */
function bytesToGb(bytes: unknown): FormattedItem {
  return new FormattedItem(bytes, `${(Number(bytes) / 1024 ** 3).toFixed(2)}G`);
}

const command: CommandSpec = defineCommand({
  name: 'object-storage-detail',
  description: 'Display details for a cloud object storage.',
  arguments: [{ name: 'object_id' }],
  async run(context, { args }) {
    const manager = await context.manager('BlockStorageManager');
    const id = idArgument(args.object_id, 'OBJECT_ID');
    const [cloud, buckets] = await Promise.all([manager.getVolumeDetails(id), manager.getBuckets(id)]);
    const bucket = buckets[0];
    // slcli crashes with an IndexError on an account without buckets.
    if (!bucket) throw new CliError(`Error: The object storage ${text(args.object_id)} has no bucket`);
    const table = new KeyValueTable(['Name', 'Value']);
    table.addRow(['Id', cloud.id]);
    table.addRow(['Username', cloud.username]);
    table.addRow(['Name Service Resource', cloud.serviceResource?.name]);
    table.addRow(['Type Service Resource', cloud.serviceResource?.type?.type]);
    table.addRow(['Datacenter', cloud.serviceResource?.datacenter?.name]);
    table.addRow(['Storage type', cloud.storageType?.keyName]);
    table.addRow(['Bytes Used', bytesToGb(bucket.bytesUsed)]);
    table.addRow(['Bucket name', bucket.name]);
    return table;
  },
});

export default command;
