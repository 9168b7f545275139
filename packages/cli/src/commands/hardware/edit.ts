import { readFileSync } from 'node:fs';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { resolveHardware } from './resolve-hardware';

const SPEEDS = ['0', '10', '100', '1000', '10000', '-1'];

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit hardware details.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN' },
    { flags: '-F, --userfile <file>', description: 'Read userdata from file' },
    { flags: '-g, --tag <tag>', description: 'Tags to set or empty string to remove all', multiple: true },
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN' },
    { flags: '-u, --userdata <userdata>', description: 'User defined metadata string' },
    {
      flags: '--public-speed <speed>',
      description: 'Public port speed. -1 is best speed available',
      choices: SPEEDS,
    },
    {
      flags: '--private-speed <speed>',
      description: 'Private port speed. -1 is best speed available',
      choices: SPEEDS,
    },
    { flags: '--redundant', description: 'The desired state of redundancy for the interface(s)' },
    { flags: '--degraded', description: 'The desired state of degraded for the interface(s)' },
  ],
  async run(context, { args, options }) {
    const userdataText = text(options.userdata);
    const userfile = text(options.userfile);
    if (userdataText && userfile) {
      throw new CliError('Argument Error: [-u | --userdata] not allowed with [-F | --userfile]');
    }
    const userdata = userdataText || (userfile ? readUserFile(userfile) : undefined);
    const tags = options.tag === undefined ? undefined : list(options.tag).join(',');
    const hostname = text(options.hostname);
    const domain = text(options.domain);
    const { manager, id } = await resolveHardware(context, args.identifier);
    // As slcli: nothing to change but the port speeds makes no edit call.
    if (userdata || tags !== undefined || hostname || domain) {
      await manager.edit(id, { userdata, tags, hostname, domain });
    }
    for (const [speedOption, isPublic, failure] of [
      [options.publicSpeed, true, 'Failed to update hardwar'],
      [options.privateSpeed, false, 'Failed to update hardware'],
    ] as const) {
      const speed = text(speedOption);
      if (speed === undefined) continue;
      if (options.redundant)
        await manager.changePortSpeed(id, isPublic, Number(speed), { redundant: 'redundant' });
      if (options.degraded)
        await manager.changePortSpeed(id, isPublic, Number(speed), { redundant: 'degraded' });
      // slcli's message, misspelt for the public port.
      if (!options.redundant && !options.degraded) throw new CliError(failure);
    }
    return undefined;
  },
});

function readUserFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Error: Invalid value for '--userfile' / '-F': File '${path}' does not exist.`);
  }
}

export default command;
