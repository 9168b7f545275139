import type { VsManager } from '@sl/managers';
import { type CommandInput, type CommandSpec, defineCommand, type OptionSpec } from '../../define-command';
import { resolveGuest } from './resolve-guest';

/**
 * One power command: resolve the guest, ask slcli's question when it asks one (`-y` answers it), act. Prints
 * nothing, as slcli.
 */
function powerCommand(spec: {
  name: string;
  description: string;
  options?: readonly OptionSpec[];
  question?: (id: number) => string;
  act: (manager: VsManager, id: number, input: CommandInput) => Promise<unknown>;
}): CommandSpec {
  return defineCommand({
    name: spec.name,
    description: spec.description,
    arguments: [{ name: 'identifier' }],
    options: spec.options,
    async run(context, input) {
      const { manager, id } = await resolveGuest(context, input);
      if (spec.question) await context.confirmOrAbort(spec.question(id));
      await spec.act(manager, id, input);
      return undefined;
    },
  });
}

/** click's `--hard/--soft` pair (`--hard` wins when both are given); neither is undefined. */
function hardOrSoft({ options }: CommandInput): 'hard' | 'soft' | undefined {
  if (options.hard === true) return 'hard';
  return options.soft === true ? 'soft' : undefined;
}

export const powerOn: CommandSpec = powerCommand({
  name: 'power-on',
  description: 'Power on a virtual server.',
  act: (manager, id) => manager.powerOn(id),
});

export const powerOff: CommandSpec = powerCommand({
  name: 'power-off',
  description: 'Power off an active virtual server.',
  options: [
    { flags: '--hard', description: 'Perform a hard shutdown' },
    { flags: '--soft', description: 'Perform a soft shutdown (the default)' },
  ],
  question: (id) => `This will power off the VS with id ${id}. Continue?`,
  act: (manager, id, input) => manager.powerOff(id, { mode: hardOrSoft(input) ?? 'soft' }),
});

export const reboot: CommandSpec = powerCommand({
  name: 'reboot',
  description: 'Reboot an active virtual server.',
  options: [
    { flags: '--hard', description: 'Perform a hard reboot' },
    { flags: '--soft', description: 'Perform a soft reboot' },
  ],
  question: (id) => `This will reboot the VS with id ${id}. Continue?`,
  act: (manager, id, input) => manager.reboot(id, { mode: hardOrSoft(input) ?? 'default' }),
});

export const pause: CommandSpec = powerCommand({
  name: 'pause',
  description: 'Pauses an active virtual server.',
  question: (id) => `This will pause the VS with id ${id}. Continue?`,
  act: (manager, id) => manager.pause(id),
});

export const resume: CommandSpec = powerCommand({
  name: 'resume',
  description: 'Resumes a paused virtual server.',
  act: (manager, id) => manager.resume(id),
});

export const rescue: CommandSpec = powerCommand({
  name: 'rescue',
  description: 'Reboot into a rescue image.',
  question: () => 'This action will reboot this VSI. Continue?',
  act: (manager, id) => manager.rescue(id),
});
