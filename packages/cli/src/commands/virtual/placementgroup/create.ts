import { type CommandSpec, defineCommand } from '../../../define-command';
import { promptedText } from '../../required-option';
import { resolveId } from '../../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Create a placement group.',
  options: [
    { flags: '--name <name>', description: 'Name for this new placement group.' },
    {
      flags: '-b, --backend_router <router>',
      description: 'backendRouter, can be either the hostname or id.',
    },
    {
      flags: '-r, --rule <rule>',
      description: 'The keyName or Id of the rule to govern this placement group.',
    },
  ],
  async run(context, { options }) {
    const name = await promptedText(context, options.name, 'Name');
    const router = await promptedText(context, options.backend_router, 'Backend router');
    const rule = await promptedText(context, options.rule, 'Rule');
    const manager = await context.manager('PlacementManager');
    const backendRouterId = await resolveId(
      (hostname) => manager.getBackendRouterIdFromHostname(hostname),
      router,
      'backendRouter',
    );
    const ruleId = await resolveId((key) => manager.getRuleIdFromName(key), rule, 'Rule');
    const group = await manager.create({ name, backendRouterId, ruleId });
    context.out(`Successfully created placement group: ID: ${group.id}, Name: ${group.name}\n`);
  },
});

export default command;
