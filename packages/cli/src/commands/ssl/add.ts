import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { CERTIFICATE_FILE_OPTIONS, readCertificateFiles } from './file-options';

const command: CommandSpec = defineCommand({
  name: 'add',
  description: 'Add and upload SSL certificate details.',
  options: CERTIFICATE_FILE_OPTIONS,
  async run(context, { options }) {
    const files = await readCertificateFiles(options);
    if (files.certificate === undefined) throw new CliError("Error: Missing option '--crt'.");
    const notes = text(options.notes);
    await (await context.manager('SslManager')).addCertificate({
      intermediateCertificate: '',
      certificateSigningRequest: '',
      ...(notes === undefined ? {} : { notes }),
      ...files,
    });
  },
});

export default command;
