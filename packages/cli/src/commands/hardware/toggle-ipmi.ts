import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'toggle-ipmi',
  description: 'Toggle the IPMI interface on and off',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--enable', description: 'Enable the interface (the default)' },
    { flags: '--disable', description: 'Disable the interface' },
  ],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    return manager.toggleManagementInterface(id, options.disable !== true);
  },
});

export default command;
