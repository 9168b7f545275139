import { type CommandSpec, defineCommand } from '../../define-command';
import { idArgument } from '../id-argument';
import { apiFaultString } from './api-fault';

/** `subnets-assign` / `subnets-remove`: one line per subnet done, then one per subnet not done. */
function subnetsChange(action: 'assign' | 'remove'): CommandSpec {
  const assign = action === 'assign';
  return defineCommand({
    name: `subnets-${action}`,
    description: `${assign ? 'Assign block storage subnets to' : 'Remove block storage subnets for'} the given host id.`,
    help: `access_id is the host_id obtained by: slcli block access-list <volume_id>

SoftLayer_Account::iscsiisolationdisabled must be False to use this command`,
    arguments: [{ name: 'access_id' }],
    options: [
      {
        flags: '--subnet-id <id>',
        description: `ID of the subnets to ${action}; e.g.: --subnet-id 1234`,
        integer: true,
        multiple: true,
      },
    ],
    async run(context, { args, options }) {
      const accessId = idArgument(args.access_id, 'ACCESS_ID');
      const subnetIds = (options.subnetId as number[] | undefined) ?? [];
      const manager = await context.manager('BlockStorageManager');
      let done: number[];
      try {
        done = assign
          ? await manager.assignSubnetsToAcl(accessId, subnetIds)
          : await manager.removeSubnetsFromAcl(accessId, subnetIds);
      } catch (error) {
        const fault = apiFaultString(error);
        if (fault === undefined) throw error;
        return `Unable to ${action} subnets.\nReason: ${fault}`;
      }
      const [did, failed, preposition] = assign
        ? ['Successfully assigned', 'Failed to assign', 'to']
        : ['Successfully removed', 'Failed to remove', 'for'];
      const lines = done.map((id) => `${did} subnet id: ${id} ${preposition} allowed host id: ${accessId}`);
      for (const id of new Set(subnetIds.filter((subnet) => !done.includes(subnet)))) {
        lines.push(`${failed} subnet id: ${id} ${preposition} allowed host id: ${accessId}`);
      }
      return lines.length > 0 ? lines.join('\n') : undefined;
    },
  });
}

export const subnetsAssign: CommandSpec = subnetsChange('assign');
export const subnetsRemove: CommandSpec = subnetsChange('remove');
