import { readFileSync } from 'node:fs';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { resolveGuest } from './resolve-guest';

const SPEEDS = ['0', '10', '100', '1000', '10000'] as const;

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: "Edit a virtual server's details.",
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN' },
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN. example: server' },
    {
      flags: '-g, --tag <tag>',
      description: 'Tags to set or empty string to remove all',
      multiple: true,
    },
    { flags: '-u, --userdata <userdata>', description: 'User defined metadata string' },
    { flags: '-F, --userfile <file>', description: 'Read userdata from file' },
    { flags: '--public-speed <speed>', description: 'Public port speed.', choices: SPEEDS },
    { flags: '--private-speed <speed>', description: 'Private port speed.', choices: SPEEDS },
  ],
  async run(context, input) {
    const { options } = input;
    const userfile = text(options.userfile);
    if (text(options.userdata) && userfile) {
      throw new CliError('Argument Error: [-u | --userdata] not allowed with [-F | --userfile]');
    }
    const data: { userdata?: string; hostname?: string; domain?: string; tags?: string } = {};
    if (text(options.userdata)) data.userdata = text(options.userdata);
    else if (userfile) data.userdata = readUserFile(userfile);
    data.hostname = text(options.hostname);
    data.domain = text(options.domain);
    const tags = list(options.tag);
    if (tags.length > 0) data.tags = tags.join(',');
    const { manager, id } = await resolveGuest(context, input);
    const changed = Object.entries(data).filter(([, value]) => value !== undefined);
    // slcli calls edit even with nothing to change (it changes nothing then); the manager refuses an empty edit.
    if (changed.length > 0 && (await manager.edit(id, data))) {
      for (const [key] of changed) context.print(`The ${key} of virtual server instance: ${id} was updated.`);
    }
    for (const [side, speed] of [
      ['public', text(options.publicSpeed)],
      ['private', text(options.privateSpeed)],
    ] as const) {
      if (speed === undefined) continue;
      if (await manager.changePortSpeed(id, side === 'public', Number(speed))) {
        context.print(`The ${side} speed of virtual server instance: ${id} was updated.`);
      }
    }
    return undefined;
  },
});

/** The user data file of `--userfile` (a usage error when it cannot be read, as click's `Path(exists=True)`). */
export function readUserFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Error: Invalid value for '-F' / '--userfile': Path '${path}' does not exist.`);
  }
}

export default command;
