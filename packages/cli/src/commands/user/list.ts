import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type Column, ColumnSelection } from '../columns';

const COLUMNS: readonly Column[] = [
  { name: 'id', value: ['id'] },
  { name: 'username', value: ['username'] },
  { name: 'email', value: ['email'] },
  { name: 'displayName', value: ['displayName'] },
  { name: 'status', value: ['userStatus', 'name'] },
  { name: 'hardwareCount', value: ['hardwareCount'] },
  { name: 'virtualGuestCount', value: ['virtualGuestCount'] },
  // The reference shows a count as `yes` (and nothing as blank).
  { name: '2FA', value: (user) => (user.externalBindingCount ? 'yes' : user.externalBindingCount) },
  {
    name: 'classicAPIKey',
    value: (user) => (user.apiAuthenticationKeyCount ? 'yes' : user.apiAuthenticationKeyCount),
  },
];
const DEFAULTS = ['id', 'username', 'email', 'displayName', '2FA', 'classicAPIKey'];

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List Users.',
  options: [
    {
      flags: '--columns <columns>',
      description: `Columns to display. [options: ${COLUMNS.map((column) => column.name).join(', ')}]`,
      default: DEFAULTS.join(','),
    },
  ],
  async run(context, { options }) {
    const columns = new ColumnSelection(text(options.columns) ?? '', COLUMNS);
    const users = await (await context.manager('UserManager')).listUsers();
    return columns.table(users as unknown as Record<string, unknown>[], undefined);
  },
});

export default command;
