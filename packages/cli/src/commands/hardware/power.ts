import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveHardware } from './resolve-hardware';

const IDENTIFIER = [{ name: 'identifier' }];

/** slcli's question before powering a server off (power-off, power-cycle and reboot all ask it). */
const powerOffQuestion = (id: number): string => `This will power off the server with id ${id}. Continue?`;

export const powerOn: CommandSpec = defineCommand({
  name: 'power-on',
  description: 'Power on a server.',
  arguments: IDENTIFIER,
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    await manager.powerOn(id);
    return undefined;
  },
});

export const powerOff: CommandSpec = defineCommand({
  name: 'power-off',
  description: 'Power off an active server.',
  arguments: IDENTIFIER,
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    // slcli's wording here lacks the full stop before "Continue?".
    await context.confirmOrAbort(`This will power off the server with id ${id} Continue?`);
    await manager.powerOff(id);
    return undefined;
  },
});

export const powerCycle: CommandSpec = defineCommand({
  name: 'power-cycle',
  description: 'Power cycle a server.',
  arguments: IDENTIFIER,
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    await context.confirmOrAbort(powerOffQuestion(id));
    await manager.powerCycle(id);
    return undefined;
  },
});

export const reboot: CommandSpec = defineCommand({
  name: 'reboot',
  description: 'Reboot an active server.',
  arguments: IDENTIFIER,
  options: [
    { flags: '--hard', description: 'Perform a hard reboot' },
    { flags: '--soft', description: 'Perform a soft reboot' },
  ],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    await context.confirmOrAbort(powerOffQuestion(id));
    const mode = options.hard === true ? 'hard' : options.soft === true ? 'soft' : 'default';
    await manager.reboot(id, { mode });
    return undefined;
  },
});

export const rescue: CommandSpec = defineCommand({
  name: 'rescue',
  description: 'Reboot server into a rescue image.',
  arguments: IDENTIFIER,
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    if (!(await context.confirm('This action will reboot this server. Continue?')))
      throw new CliError('Aborted');
    await manager.rescue(id);
    return undefined;
  },
});
