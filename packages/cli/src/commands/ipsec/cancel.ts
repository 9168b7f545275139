import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel a IPSEC VPN tunnel context.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--immediate',
      description: 'Cancels the service  immediately (instead of on the billing anniversary)',
    },
    {
      flags: '--reason <reason>',
      description: 'An optional cancellation reason. See cancel-reasons for a list of available options',
    },
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.identifier, 'IDENTIFIER');
    const manager = await context.manager('IpsecManager');
    const tunnel = await manager.getTunnelContext(contextId, { mask: 'billingItem' });
    const billingItemId = tunnel.billingItem?.id;
    if (billingItemId === undefined)
      throw new CliError('Cannot locate billing. May already be cancelled.', 1);
    if (await manager.cancelItem(billingItemId, options.immediate === true, text(options.reason))) {
      context.print(`Ipsec ${contextId} was cancelled.`);
    }
  },
});

export default command;
