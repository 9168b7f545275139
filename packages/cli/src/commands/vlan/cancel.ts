import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { pythonStr } from '../../output/python-text';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel network VLAN.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const identifier = text(args.identifier) ?? '';
    await context.noGoingBack(identifier);
    const manager = await context.manager('NetworkManager');
    const reasons = await manager.getCancelFailureReasons(identifier);
    if (reasons.length > 0) throw new CliError(pythonStr(reasons));
    const item = (await manager.getVlan(identifier)).billingItem;
    if (!item?.id) {
      throw new CliError(
        'VLAN is an automatically assigned and free of charge VLAN, it will automatically be removed from your ' +
          'account when it is empty',
      );
    }
    if (await manager.cancelItem(item.id, true, 'Cancel by cli command', 'Cancel by cli command')) {
      return `VLAN ${identifier} was cancelled.`;
    }
  },
});

export default command;
