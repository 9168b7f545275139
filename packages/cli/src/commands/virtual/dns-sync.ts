import type { CommandSpec } from '../../define-command';
import { dnsSyncCommand } from '../server-dns-sync';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = dnsSyncCommand({
  what: 'this VS',
  service: 'Virtual_Guest',
  async target(context, input) {
    const { manager, id, client } = await resolveGuest(context, input);
    return { id, client, get: (mask) => manager.getInstance(id, { mask }) };
  },
});

export default command;
