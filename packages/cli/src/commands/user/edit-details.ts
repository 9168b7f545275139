import { type CommandSpec, defineCommand, text } from '../../define-command';
import { outcome } from './messages';
import { parseTemplate } from './parse-template';
import { resolveUser } from './resolve-user';

const command: CommandSpec = defineCommand({
  name: 'edit-details',
  description: 'Edit a Users details',
  help: `JSON strings should be enclosed in '' and each item should be enclosed in ""

Example:
    slcli user edit-details testUser -t '{"firstName": "Test", "lastName": "Testerson"}'`,
  arguments: [{ name: 'user' }],
  options: [
    {
      flags: '-t, --template <json>',
      description:
        'A json string describing https://softlayer.github.io/reference/datatypes/SoftLayer_User_Customer/',
      required: true,
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('UserManager');
    const id = await resolveUser(manager, args.user);
    const template = parseTemplate(text(options.template) ?? '');
    const name = text(args.user);
    const ok = await manager.editUser(id, template);
    context.out(outcome(ok, `${name} updated successfully`, `Failed to update ${name}`));
  },
});

export default command;
