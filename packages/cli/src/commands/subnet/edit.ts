import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit note and tags of a subnet.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '-t, --tags <tags>',
      description: 'Comma separated list of tags, enclosed in quotes. "tag1, tag2"',
    },
    { flags: '-n, --note <note>', description: 'The note' },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('NetworkManager');
    const subnetId = await resolveId((name) => manager.resolveSubnetIds(name), args.identifier, 'subnet');
    const tags = text(options.tags);
    const note = text(options.note);
    const report = (done: boolean, what: string): void =>
      context.out(done ? `${what} successfully\n` : `Failed to ${what.toLowerCase()}\n`);
    if (tags) report(await manager.setTagsSubnet(subnetId, tags), 'Set tags');
    if (note) report(await manager.editNoteSubnet(subnetId, note), 'Edit note');
  },
});

export default command;
