import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveGuest } from './resolve-guest';

const IDENTIFIER = [{ name: 'identifier' }];

export const powerOn: CommandSpec = defineCommand({
  name: 'power-on',
  description: 'Power on a virtual server.',
  arguments: IDENTIFIER,
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    await manager.powerOn(id);
    return undefined;
  },
});

export const powerOff: CommandSpec = defineCommand({
  name: 'power-off',
  description: 'Power off an active virtual server.',
  arguments: IDENTIFIER,
  options: [
    { flags: '--hard', description: 'Perform a hard shutdown' },
    { flags: '--soft', description: 'Perform a soft shutdown (the default)' },
  ],
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    await context.confirmOrAbort(`This will power off the VS with id ${id}. Continue?`);
    await manager.powerOff(id, { mode: hardOrSoft(input.options) === 'hard' ? 'hard' : 'soft' });
    return undefined;
  },
});

export const reboot: CommandSpec = defineCommand({
  name: 'reboot',
  description: 'Reboot an active virtual server.',
  arguments: IDENTIFIER,
  options: [
    { flags: '--hard', description: 'Perform a hard reboot' },
    { flags: '--soft', description: 'Perform a soft reboot' },
  ],
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    await context.confirmOrAbort(`This will reboot the VS with id ${id}. Continue?`);
    await manager.reboot(id, { mode: hardOrSoft(input.options) ?? 'default' });
    return undefined;
  },
});

export const pause: CommandSpec = defineCommand({
  name: 'pause',
  description: 'Pauses an active virtual server.',
  arguments: IDENTIFIER,
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    await context.confirmOrAbort(`This will pause the VS with id ${id}. Continue?`);
    await manager.pause(id);
    return undefined;
  },
});

export const resume: CommandSpec = defineCommand({
  name: 'resume',
  description: 'Resumes a paused virtual server.',
  arguments: IDENTIFIER,
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    await manager.resume(id);
    return undefined;
  },
});

export const rescue: CommandSpec = defineCommand({
  name: 'rescue',
  description: 'Reboot into a rescue image.',
  arguments: IDENTIFIER,
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    await context.confirmOrAbort('This action will reboot this VSI. Continue?');
    await manager.rescue(id);
    return undefined;
  },
});

/** click's `--hard/--soft` pair (`--hard` wins when both are given); neither is undefined. */
function hardOrSoft(options: Record<string, unknown>): 'hard' | 'soft' | undefined {
  if (options.hard === true) return 'hard';
  return options.soft === true ? 'soft' : undefined;
}
