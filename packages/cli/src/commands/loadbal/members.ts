import { ManagerError } from '@sl/managers';
import type { CommandContext } from '../../command-context';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';

/** A load balancer argument: an id (digits), else a UUID or a name. */
export function loadBalancerOf(value: string | string[] | undefined): number | string {
  const identifier = text(value) ?? '';
  return /^\d+$/.test(identifier) ? Number(identifier) : identifier;
}

/** The reference prints an API fault as `ERROR: …` and exits 0; other errors stop the command. */
export async function reportingFaults(
  context: CommandContext,
  action: () => Promise<string>,
  failure = '',
): Promise<void> {
  try {
    context.out(`${await action()}\n`);
  } catch (error) {
    if (error instanceof ManagerError || !(error instanceof Error) || !('faultString' in error)) throw error;
    const fault = String(error.faultString);
    context.out(failure);
    for (const side of ['Public', 'Private']) {
      if (fault.includes(`${side.toLowerCase()}IpAddress must be a string`)) {
        context.out(`This LB requires a ${side} IP address for its members and none was supplied\n`);
        break;
      }
    }
    context.out(`ERROR: ${fault}\n`);
  }
}

export const memberAdd: CommandSpec = defineCommand({
  name: 'member-add',
  description: 'Add a new LBaaS members.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--private', description: 'Private IP of the new member (default).' },
    { flags: '--public', description: 'Public IP of the new member.' },
    { flags: '-m, --member <ip>', description: 'Member IP address.' },
    { flags: '-w, --weight <weight>', description: 'Weight of this member.', default: 50, integer: true },
  ],
  async run(context, { args, options }) {
    const member = text(options.member);
    if (!member)
      throw new (await import('../../cli-error')).CliError("Error: Missing option '-m' / '--member'.");
    const manager = await context.manager('LoadBalancerManager');
    const { uuid } = await manager.getLbaasUuidId(loadBalancerOf(args.identifier));
    const address = options.public === true ? { publicIpAddress: member } : { privateIpAddress: member };
    await reportingFaults(context, async () => {
      await manager.addLbMember(uuid, { weight: integer(options.weight) ?? 50, ...address });
      return `Member ${member} added`;
    });
  },
});

export const memberDel: CommandSpec = defineCommand({
  name: 'member-del',
  description: 'Remove a LBaaS member. Member UUID can be found from `sl lb detail`.',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '-m, --member <uuid>', description: 'Member UUID' }],
  async run(context, { args, options }) {
    const member = text(options.member);
    if (!member)
      throw new (await import('../../cli-error')).CliError("Error: Missing option '-m' / '--member'.");
    const manager = await context.manager('LoadBalancerManager');
    const { uuid } = await manager.getLbaasUuidId(loadBalancerOf(args.identifier));
    await reportingFaults(context, async () => {
      await manager.deleteLbMember(uuid, member);
      return `Member ${member} removed`;
    });
  },
});
