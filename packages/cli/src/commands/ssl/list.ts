import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const COLUMNS = ['id', 'common_name', 'days_until_expire', 'notes'];

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List SSL certificates.',
  options: [
    {
      flags: '--status <status>',
      description: 'Show certificates with this status',
      choices: ['all', 'valid', 'expired'],
      default: 'all',
    },
    { flags: '--sortby <column>', description: 'Column to sort by', choices: COLUMNS },
  ],
  async run(context, { options }) {
    const status = (text(options.status) ?? 'all') as 'all' | 'valid' | 'expired';
    const certificates = await (await context.manager('SslManager')).listCerts(status);
    const table = new Table(COLUMNS);
    for (const certificate of certificates) {
      table.addRow([
        certificate.id,
        certificate.commonName,
        certificate.validityDays,
        certificate.notes ?? '-',
      ]);
    }
    table.sortBy = text(options.sortby);
    return table;
  },
});

export default command;
