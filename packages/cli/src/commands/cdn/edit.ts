import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, list, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { resolveId } from '../resolve-id';

const PERFORMANCE = ['General web delivery', 'Large file optimization', 'Video on demand optimization'];

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit a CDN Account.',
  help: 'Note: You can use the hostname or uniqueId as IDENTIFIER.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-H, --header <header>', description: 'Host header.' },
    { flags: '-t, --http-port <port>', description: 'HTTP port.', integer: true },
    { flags: '-s, --https-port <port>', description: 'HTTPS port.', integer: true },
    { flags: '-o, --origin <origin>', description: 'Origin server address.' },
    {
      flags: '-r, --respect-headers <flag>',
      description: 'Respect headers. The value 1 is On and 0 is Off.',
      choices: ['1', '0'],
    },
    {
      flags: '-c, --cache <rule>',
      description:
        "Cache key optimization. These are the valid options to choose: 'include-all', 'ignore-all', " +
        "'include-specified', 'ignore-specified'. If you select 'include-specified' or 'ignore-specified' " +
        'please add a description too using again --cache, e.g --cache=include-specified --cache=description.',
      multiple: true,
    },
    {
      flags: '-p, --performance-configuration <configuration>',
      description:
        "Optimize for, General web delivery', 'Large file optimization', 'Video on demand optimization', " +
        'the Dynamic content acceleration option is not added because this has a special configuration.',
      choices: PERFORMANCE,
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('CdnManager');
    const cdnId = await resolveId(manager, args.identifier, 'CDN');
    const [rule, description] = list(options.cache);
    if (rule?.includes('-specified') && description === undefined) {
      // The reference's manager refuses it (a SoftLayerError: exit 1) after reading the mapping.
      throw new CliError('Please add a description to be able to update the cache.', 1);
    }
    const header = text(options.header);
    const httpPort = integer(options.httpPort);
    const httpsPort = integer(options.httpsPort);
    const origin = text(options.origin);
    const respectHeaders = text(options.respectHeaders) as '1' | '0' | undefined;
    const performanceConfiguration = text(options.performanceConfiguration);
    const updated = await manager.edit(String(cdnId), {
      ...(header ? { header } : {}),
      ...(httpPort ? { httpPort } : {}),
      ...(httpsPort ? { httpsPort } : {}),
      ...(origin ? { origin } : {}),
      ...(respectHeaders ? { respectHeaders } : {}),
      ...(rule === undefined
        ? {}
        : { cache: { cacheKeyQueryRule: rule, ...(description === undefined ? {} : { description }) } }),
      ...(performanceConfiguration ? { performanceConfiguration } : {}),
    });
    const table = new KeyValueTable();
    for (const cdn of updated) {
      table.addRow(['Create Date', cdn.createDate]);
      table.addRow(['Header', cdn.header]);
      if (cdn.httpPort) table.addRow(['Http Port', cdn.httpPort]);
      if (cdn.httpsPort) table.addRow(['Https Port', cdn.httpsPort]);
      table.addRow(['Origin Type', cdn.originType]);
      table.addRow(['Performance Configuration', cdn.performanceConfiguration]);
      table.addRow(['Protocol', cdn.protocol]);
      table.addRow(['Respect Headers', cdn.respectHeaders]);
      table.addRow(['Unique Id', cdn.uniqueId]);
      table.addRow(['Vendor Name', cdn.vendorName]);
      table.addRow(['Cache key optimization', cdn.cacheKeyQueryRule]);
      table.addRow(['cname', cdn.cname]);
      table.addRow(['Origin server address', cdn.originHost]);
    }
    return table;
  },
});

export default command;
