import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';

const command: CommandSpec = defineCommand({
  name: 'set',
  description: 'Set Tags.',
  options: [
    {
      flags: '-t, --tags <tags>',
      description: 'Comma seperated list of tags, enclosed in quotes. "tag1, tag2"',
    },
    {
      flags: '-k, --key-name <name>',
      description: 'Key name of a tag type e.g. GUEST, HARDWARE. See sl tags taggable output.',
    },
    { flags: '-r, --resource-id <id>', description: 'ID of the object being tagged', integer: true },
  ],
  async run(context, { options }) {
    const tags = text(options.tags);
    const keyName = text(options.keyName);
    const resourceId = integer(options.resourceId);
    if (tags === undefined) throw new CliError("Error: Missing option '-t' / '--tags'.");
    if (keyName === undefined) throw new CliError("Error: Missing option '-k' / '--key-name'.");
    if (resourceId === undefined) throw new CliError("Error: Missing option '-r' / '--resource-id'.");
    const done = await (await context.manager('TagManager')).setTags(tags, keyName, resourceId);
    context.out(done ? 'Set tags successfully\n' : 'Failed to set tags\n');
  },
});

export default command;
