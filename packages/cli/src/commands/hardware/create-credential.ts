import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { requiredText } from '../required-option';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'create-credential',
  description: 'Create a password for a software component.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-U, --username <username>', description: 'The username part of the username/password pair' },
    { flags: '-P, --password <password>', description: 'The password part of the username/password pair.' },
    { flags: '-n, --notes <notes>', description: 'A note string stored for this username/password pair.' },
    { flags: '--system <name>', description: 'The name of this specific piece of software.' },
  ],
  async run(context, { args, options }) {
    const username = requiredText(options.username, "'--username' / '-U'");
    const password = requiredText(options.password, "'--password' / '-P'");
    const system = requiredText(options.system, "'--system'");
    const { manager, id } = await resolveHardware(context, args.identifier);
    // The server's components with their software names (slcli reads them without a mask, where the API leaves
    // the names out, and always stops with "System id not found"): the last whose name is `system` in lower case.
    const software = (await manager.getHardware(id)).softwareComponents ?? [];
    const component = software
      .filter((item) => item.softwareLicense?.softwareDescription?.name?.toLowerCase() === system)
      .at(-1);
    if (component?.id === undefined) throw new CliError('System id not found');
    const result = await manager.createCredential({
      notes: text(options.notes),
      password,
      softwareId: component.id,
      username,
      software: { hardwareId: id, softwareLicense: { softwareDescription: { name: system } } },
    });
    const table = new KeyValueTable();
    table.addRow(['Software Id', result.id]);
    table.addRow(['Created', result.createDate]);
    table.addRow(['Username', result.username]);
    table.addRow(['Password', result.password]);
    table.addRow(['Notes', result.notes]);
    return table;
  },
});

export default command;
