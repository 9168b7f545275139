import { type CommandSpec, defineCommand } from '../../define-command';
import { blank, FormattedItem, KeyValueTable, Listing, Table } from '../../output/table';
import { resolveId } from '../resolve-id';
import { bytesToGb, IMAGE_DETAIL_MASK, imageType, transactionStatus, visibility } from './image-fields';

interface Child {
  blockDevicesDiskSpaceTotal?: number;
  datacenter?: { name?: string };
  transaction?: {
    transactionGroup?: { name?: string };
    transactionStatus?: { name?: string; friendlyName?: string };
  };
}

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details for an image.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('ImageManager');
    const imageId = await resolveId(manager, args.identifier, 'image');
    const image = await manager.getImage(imageId, { mask: IMAGE_DETAIL_MASK });
    const children = (image.children ?? []) as Child[];
    const firstChild = image.firstChild as Child | undefined;
    const status = image.status as { keyname?: string; name?: string } | undefined;
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', image.id]);
    table.addRow(['global_identifier', image.globalIdentifier ?? blank()]);
    table.addRow(['name', String(image.name ?? '').trim()]);
    table.addRow(['status', new FormattedItem(status?.keyname ?? null, String(status?.name ?? 'None'))]);
    // A set in the reference: each transaction group once, in first-seen order here.
    const groups = [...new Set(children.map((child) => child.transaction?.transactionGroup?.name ?? null))];
    table.addRow(['active_transaction', new Listing(groups, ',')]);
    table.addRow(['account', image.accountId ?? blank()]);
    table.addRow(['visibility', visibility(image.publicFlag)]);
    table.addRow(['type', imageType(image.imageType)]);
    table.addRow(['flex', image.flexImageFlag ?? null]);
    table.addRow(['note', image.note ?? null]);
    table.addRow(['created', image.createDate ?? null]);
    table.addRow(['total_size', bytesToGb(firstChild?.blockDevicesDiskSpaceTotal || 0)]);
    const datacenters = new Table(['DC', 'size', 'transaction']);
    for (const child of children) {
      datacenters.addRow([
        child.datacenter?.name ?? null,
        bytesToGb(child.blockDevicesDiskSpaceTotal ?? 0),
        transactionStatus(child.transaction),
      ]);
    }
    table.addRow(['datacenters', datacenters]);
    return table;
  },
});

export default command;
