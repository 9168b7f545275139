import type { TunnelContextChanges } from '@sl/managers';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, type OptionSpec, text } from '../../define-command';
import { inRange } from '../click-types';
import { idArgument } from '../id-argument';

const AUTHENTICATIONS = ['MD5', 'SHA1', 'SHA256'];
const ENCRYPTIONS = ['DES', '3DES', 'AES128', 'AES192', 'AES256'];
const GROUPS = ['0', '1', '2', '5'];

/** A phase option: `--phase1-auth` with its short name `--p1-auth`. */
function phase(long: string, short: string, description: string, rest: Partial<OptionSpec>): OptionSpec {
  return { flags: `${long} <value>`, aliases: [short], description, ...rest };
}

/** A key life option's value, checked against click's `IntRange(120, 172800)`. */
function keyLife(value: unknown, long: string, short: string): number | undefined {
  return inRange(integer(value as number | undefined), 120, 172800, `${long}' / '${short}`);
}

const command: CommandSpec = defineCommand({
  name: 'update',
  description: 'Update tunnel context properties.',
  help:
    'Updates are made atomically, so either all are accepted or none are.\n\n' +
    'Key life values must be in the range 120-172800.\n\n' +
    'Phase 2 perfect forward secrecy must be in the range 0-1.\n\n' +
    'A separate configuration request should be made to realize changes on network devices.',
  arguments: [{ name: 'context_id' }],
  options: [
    { flags: '--friendly-name <name>', description: 'Friendly name value' },
    { flags: '--remote-peer <ip>', description: 'Remote peer IP address value' },
    { flags: '--preshared-key <key>', description: 'Preshared key value' },
    phase('--phase1-auth', '--p1-auth', 'Phase 1 authentication value', { choices: AUTHENTICATIONS }),
    phase('--phase1-crypto', '--p1-crypto', 'Phase 1 encryption value', { choices: ENCRYPTIONS }),
    phase('--phase1-dh', '--p1-dh', 'Phase 1 diffie hellman group value', { choices: GROUPS }),
    phase('--phase1-key-ttl', '--p1-key-ttl', 'Phase 1 key life value', { integer: true }),
    phase('--phase2-auth', '--p2-auth', 'Phase 2 authentication value', { choices: AUTHENTICATIONS }),
    phase('--phase2-crypto', '--p2-crypto', 'Phase 2 encryption value', { choices: ENCRYPTIONS }),
    phase('--phase2-dh', '--p2-dh', 'Phase 2 diffie hellman group value', { choices: GROUPS }),
    phase('--phase2-forward-secrecy', '--p2-forward-secrecy', 'Phase 2 perfect forward secrecy value', {
      integer: true,
    }),
    phase('--phase2-key-ttl', '--p2-key-ttl', 'Phase 2 key life value', { integer: true }),
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const group = (value: unknown) => (value === undefined ? undefined : (Number(value) as 0 | 1 | 2 | 5));
    const forwardSecrecy = inRange(
      integer(options.phase2ForwardSecrecy),
      0,
      1,
      "--phase2-forward-secrecy' / '--p2-forward-secrecy",
    );
    const wanted: Record<string, unknown> = {
      friendlyName: text(options.friendlyName),
      remotePeer: text(options.remotePeer),
      presharedKey: text(options.presharedKey),
      phase1Auth: text(options.phase1Auth),
      phase1Crypto: text(options.phase1Crypto),
      phase1Dh: group(options.phase1Dh),
      phase1KeyTtl: keyLife(options.phase1KeyTtl, '--phase1-key-ttl', '--p1-key-ttl'),
      phase2Auth: text(options.phase2Auth),
      phase2Crypto: text(options.phase2Crypto),
      phase2Dh: group(options.phase2Dh),
      phase2ForwardSecrecy: forwardSecrecy,
      phase2KeyTtl: keyLife(options.phase2KeyTtl, '--phase2-key-ttl', '--p2-key-ttl'),
    };
    const changes = Object.fromEntries(
      Object.entries(wanted).filter(([, value]) => value !== undefined),
    ) as TunnelContextChanges;
    const manager = await context.manager('IpsecManager');
    if (!(await manager.updateTunnelContext(contextId, changes))) {
      throw new CliError(`Failed to update context #${contextId}`, 1);
    }
    context.out(`Updated context #${contextId}\n`);
  },
});

export default command;
