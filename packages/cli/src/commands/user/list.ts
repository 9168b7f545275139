import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type Column, ColumnSelection } from '../column-selection';

const COLUMNS: readonly Column[] = [
  { name: 'id', path: ['id'] },
  { name: 'username', path: ['username'] },
  { name: 'email', path: ['email'] },
  { name: 'displayName', path: ['displayName'] },
  { name: 'status', path: ['userStatus', 'name'] },
  { name: 'hardwareCount', path: ['hardwareCount'] },
  { name: 'virtualGuestCount', path: ['virtualGuestCount'] },
  // The reference shows a count as `yes` (and nothing as blank).
  { name: '2FA', path: (user) => (user.externalBindingCount ? 'yes' : user.externalBindingCount) },
  {
    name: 'classicAPIKey',
    path: (user) => (user.apiAuthenticationKeyCount ? 'yes' : user.apiAuthenticationKeyCount),
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
    return columns.table(users);
  },
});

export default command;
