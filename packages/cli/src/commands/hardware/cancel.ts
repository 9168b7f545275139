import type { HardwareCancellationReason } from '@sl/managers';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { noGoingBack } from './no-going-back';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel a dedicated server.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--immediate',
      description: 'Cancels the server immediately (instead of on the billing anniversary)',
    },
    { flags: '--comment <comment>', description: 'An optional comment to add to the cancellation ticket' },
    {
      flags: '--reason <reason>',
      description: 'An optional cancellation reason. See cancel-reasons for a list of available options',
    },
  ],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    await noGoingBack(context, id);
    await manager.cancelHardware(id, {
      reason: text(options.reason) as HardwareCancellationReason | undefined,
      comment: text(options.comment),
      immediate: options.immediate === true,
    });
    return undefined;
  },
});

export default command;
