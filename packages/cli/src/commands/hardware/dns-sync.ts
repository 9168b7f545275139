import type { CommandSpec } from '../../define-command';
import { resolveId } from '../resolve-id';
import { dnsSyncCommand } from '../server-dns-sync';

const command: CommandSpec = dnsSyncCommand({
  what: 'this hardware',
  service: 'Hardware_Server',
  async target(context, { args }) {
    const manager = await context.manager('HardwareManager');
    // slcli names a server it cannot find 'VS' here too.
    const id = await resolveId(manager, args.identifier, 'VS');
    return { id, client: await context.client(), get: (mask) => manager.getHardware(id, { mask }) };
  },
});

export default command;
