import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel a license.',
  arguments: [{ name: 'key' }],
  options: [{ flags: '--immediate', description: 'Immediate cancellation' }],
  async run(context, { args, options }) {
    const key = text(args.key) ?? '';
    const manager = await context.manager('LicensesManager');
    // Asked only for a key the account has (slcli does not ask; an unknown key fails as slcli's does).
    const licenses = await manager.getAllObjects();
    if (!licenses.some((license) => license.key === key)) {
      throw new CliError(`Unable to find license key: ${key}`);
    }
    await context.noGoingBack();
    if (await manager.cancelItem(key, options.immediate === true)) {
      context.print(`License key: ${key} was cancelled.`);
    }
  },
});

export default command;
