import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { volumeArgument } from '../storage/volume-argument';

const command: CommandSpec = defineCommand({
  name: 'volume-set-lun-id',
  description: 'Set the LUN ID on an existing block storage volume.',
  help: `The LUN ID only takes effect during the Host Authorization process. It is
recommended (but not necessary) to de-authorize all hosts before using this
method. See \`block access-revoke\`.

VOLUME_ID - the volume ID on which to set the LUN ID.

LUN_ID - recommended range is an integer between 0 and 255. Advanced users
can use an integer between 0 and 4095.`,
  arguments: [{ name: 'volume-id' }, { name: 'lun-id' }],
  async run(context, { args }) {
    const manager = await context.manager('BlockStorageManager');
    const lunId = idArgument(args['lun-id'], 'LUN_ID');
    const property = await manager.createOrUpdateLunId(volumeArgument(args['volume-id']), lunId);
    // The reference compares the text it was given with the value the API reports.
    if (property?.value !== undefined && String(property.value) === text(args['lun-id'])) {
      return `Block volume with id ${property.volumeId} is reporting LUN ID ${property.value}`;
    }
    return `Failed to confirm the new LUN ID on volume ${text(args['volume-id'])}`;
  },
});

export default command;
