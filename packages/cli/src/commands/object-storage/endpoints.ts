import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { accountId } from './account-id';

const TYPES: Record<string, string> = { singleSite: 'Single Site', regional: 'Region' };

const command: CommandSpec = defineCommand({
  name: 'endpoints',
  description: 'List object storage endpoints.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('ObjectStorageManager');
    const endpoints = await manager.listEndpoints(await accountId(manager, args.identifier));
    const rows = endpoints.map((endpoint) => ({
      location: endpoint.location || endpoint.region,
      url: endpoint.url,
      type: TYPES[endpoint.region ?? ''] ?? 'Cross Region',
      access: endpoint.type === 'public' ? 'Public' : 'Private',
      legacy: endpoint.legacy,
    }));
    // As the reference's: within each run of one endpoint type, the public endpoints first, then the private.
    const sorted: typeof rows = [];
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i]?.type === rows[start]?.type) continue;
      const run = rows.slice(start, i);
      sorted.push(
        ...run.filter((row) => row.access === 'Public'),
        ...run.filter((row) => row.access !== 'Public'),
      );
      start = i;
    }
    const table = new Table(['Location/Region', 'Url', 'EndPoint Type', 'Public/Private', 'Legacy']);
    table.align = { 'Location/Region': 'left', Url: 'left' };
    for (const row of sorted) table.addRow([row.location, row.url, row.type, row.access, row.legacy]);
    return table;
  },
});

export default command;
