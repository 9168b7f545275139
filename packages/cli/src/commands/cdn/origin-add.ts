import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'origin-add',
  description: 'Create an origin path for an existing CDN mapping.',
  help: `For more information see the following documentation:
https://cloud.ibm.com/docs/infrastructure/CDN?topic=CDN-manage-your-cdn#adding-origin-path-details`,
  arguments: [{ name: 'unique_id' }, { name: 'origin' }, { name: 'path' }],
  options: [
    {
      flags: '-t, --origin-type <type>',
      description: 'The origin type.',
      choices: ['server', 'storage'],
      default: 'server',
    },
    { flags: '-H, --header <header>', description: 'The host header to communicate with the origin.' },
    {
      flags: '-b, --bucket-name <name>',
      description: 'The name of the available resource [required if --origin-type=storage]',
    },
    { flags: '-p, --port <port>', description: 'The http port number.', integer: true, default: 80 },
    { flags: '-P, --protocol <protocol>', description: 'The protocol used by the origin.', default: 'http' },
    {
      flags: '-o, --optimize-for <configuration>',
      description: 'Performance configuration',
      choices: ['web', 'video', 'file'],
      default: 'web',
    },
    {
      flags: '-e, --extensions <extensions>',
      description: "File extensions that can be stored in the CDN, example: 'jpg, png, pdf'",
    },
    {
      flags: '-c, --cache-query <rule>',
      description:
        "Cache query rules with the following formats:\n'ignore-all', 'include: <query-names>', 'ignore: <query-names>'",
      default: 'include-all',
    },
  ],
  async run(context, { args, options }) {
    const originType = (text(options.originType) ?? 'server') as 'server' | 'storage';
    const bucketName = text(options.bucketName);
    if (originType === 'storage' && !bucketName) {
      throw new CliError(
        'Argument Error: [-b | --bucket-name] is required when [-t | --origin-type] is "storage"',
      );
    }
    const header = text(options.header);
    const extensions = text(options.extensions);
    const manager = await context.manager('CdnManager');
    const result = await manager.addOrigin(
      text(args.unique_id) ?? '',
      text(args.origin) ?? '',
      text(args.path) ?? '',
      {
        originType,
        ...(header ? { header } : {}),
        port: integer(options.port) ?? 80,
        protocol: (text(options.protocol) ?? 'http').toLowerCase() as 'http' | 'https',
        ...(bucketName ? { bucketName } : {}),
        ...(extensions ? { fileExtensions: extensions } : {}),
        optimizeFor: (text(options.optimizeFor) ?? 'web') as 'web' | 'video' | 'file',
        cacheQuery: text(options.cacheQuery) ?? 'include-all',
      },
    );
    const table = new Table(['Item', 'Value'], { align: 'right' });
    table.addRow(['CDN Unique ID', result.mappingUniqueId]);
    if (originType === 'storage') table.addRow(['Bucket Name', result.bucketName]);
    table.addRow(['Origin', result.origin]);
    table.addRow(['Origin Type', result.originType]);
    table.addRow(['Path', result.path]);
    table.addRow(['Port', result.httpPort]);
    table.addRow(['Configuration', result.performanceConfiguration]);
    table.addRow(['Status', result.status]);
    return table;
  },
});

export default command;
