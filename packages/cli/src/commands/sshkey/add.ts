import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { expandHome } from '../expand-home';
import { readPathOption } from '../read-path-option';

const command: CommandSpec = defineCommand({
  name: 'add',
  description: 'Add a new SSH key.',
  arguments: [{ name: 'label' }],
  options: [
    { flags: '-f, --in-file <file>', description: 'The id_rsa.pub file to import for this key' },
    { flags: '-k, --key <key>', description: 'The actual SSH key' },
    { flags: '--note <note>', description: 'Extra note that will be associated with key' },
  ],
  async run(context, { args, options }) {
    const inFile = text(options.inFile);
    const key = text(options.key);
    if (inFile === undefined && key === undefined) {
      throw new CliError(
        'Argument Error: Either [-f | --in-file] or [-k | --key] arguments are required to add a key',
      );
    }
    if (inFile && key)
      throw new CliError('Argument Error: [-f | --in-file] is not allowed with [-k | --key]');
    const path = expandHome(inFile ?? '');
    const keyText = key ?? readPathOption(path, "'-f' / '--in-file'", inFile).trim();
    const note = text(options.note);
    const result = await (await context.manager('SshKeyManager')).addKey(keyText, text(args.label) ?? '', {
      ...(note === undefined ? {} : { notes: note }),
    });
    return `SSH key added: ${result.fingerprint}`;
  },
});

export default command;
