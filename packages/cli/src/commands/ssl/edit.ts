import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { CERTIFICATE_FILE_OPTIONS, readCertificateFiles } from './file-options';

const command: CommandSpec = defineCommand({
  name: 'edit',
  description: 'Edit SSL certificate.',
  arguments: [{ name: 'identifier' }],
  options: CERTIFICATE_FILE_OPTIONS,
  async run(context, { args, options }) {
    const id = idArgument(args.identifier, 'IDENTIFIER');
    const files = await readCertificateFiles(options);
    const notes = text(options.notes);
    await (await context.manager('SslManager')).editCertificate({
      id,
      ...files,
      ...(notes ? { notes } : {}),
    });
  },
});

export default command;
