import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'export',
  description: 'Export an image to object storage.',
  help: `The URI for an object storage object (.vhd/.iso file) of the format:
swift://<objectStorageAccount>@<cluster>/<container>/<objectPath>
or cos://<regionName>/<bucketName>/<objectPath> if using IBM Cloud Object Storage`,
  arguments: [{ name: 'identifier' }, { name: 'uri' }],
  options: [
    {
      flags: '--ibm-api-key <key>',
      description: 'The IBM Cloud API Key with access to IBM Cloud Object Storage instance.',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('ImageManager');
    const imageId = await resolveId(manager, args.identifier, 'image');
    const ibmApiKey = text(options.ibmApiKey);
    const result = await manager.exportImageToUri(
      imageId,
      text(args.uri) ?? '',
      ibmApiKey ? { ibmApiKey } : {},
    );
    if (!result) throw new CliError('Failed to export Image');
  },
});

export default command;
