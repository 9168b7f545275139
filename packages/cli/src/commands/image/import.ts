import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'import',
  description: 'Import an image.',
  help: `The URI for an object storage object (.vhd/.iso file) of the format:
swift://<objectStorageAccount>@<cluster>/<container>/<objectPath>
or cos://<regionName>/<bucketName>/<objectPath> if using IBM Cloud Object Storage`,
  arguments: [{ name: 'name' }, { name: 'uri' }],
  options: [
    { flags: '--note <note>', description: 'The note to be applied to the imported template', default: '' },
    {
      flags: '--os-code <code>',
      description:
        'The referenceCode of the operating system software description for the imported VHD, ISO, or RAW image',
    },
    {
      flags: '--ibm-api-key <key>',
      description:
        'The IBM Cloud API Key with access to IBM Cloud Object Storage instance and IBM KeyProtect instance.',
    },
    { flags: '--root-key-crn <crn>', description: 'CRN of the root key in your KMS instance' },
    { flags: '--wrapped-dek <dek>', description: 'Wrapped Data Encryption Key provided by IBM KeyProtect.' },
    { flags: '--cloud-init', description: 'Specifies if image is cloud-init' },
    { flags: '--byol', description: 'Specifies if image is bring your own license' },
    { flags: '--is-encrypted', description: 'Specifies if image is encrypted' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('ImageManager');
    const optional = (name: string): Record<string, string> => {
      const value = text(options[name]);
      return value === undefined ? {} : { [name]: value };
    };
    const result = await manager.importImageFromUri(text(args.name) ?? '', text(args.uri) ?? '', {
      note: text(options.note) ?? '',
      ...optional('osCode'),
      ...optional('ibmApiKey'),
      ...optional('rootKeyCrn'),
      ...optional('wrappedDek'),
      cloudInit: options.cloudInit === true,
      byol: options.byol === true,
      isEncrypted: options.isEncrypted === true,
    });
    if (!result) throw new CliError('Failed to import Image');
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['name', result.name]);
    table.addRow(['id', result.id]);
    table.addRow(['created', result.createDate]);
    table.addRow(['guid', result.globalIdentifier]);
    return table;
  },
});

export default command;
