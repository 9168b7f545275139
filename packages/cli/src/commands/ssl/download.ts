import { writeFileSync } from 'node:fs';
import { type CommandSpec, defineCommand } from '../../define-command';
import { idArgument } from '../id-argument';

/** What `download` writes, by file extension: the certificate, its key, and the others when the API has them. */
const FILES = [
  ['crt', 'certificate'],
  ['key', 'privateKey'],
  ['icc', 'intermediateCertificate'],
  ['csr', 'certificateSigningRequest'],
] as const;

const command: CommandSpec = defineCommand({
  name: 'download',
  description: 'Download SSL certificate and key file.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const id = idArgument(args.identifier, 'IDENTIFIER');
    const certificate = await (await context.manager('SslManager')).getCertificate(id);
    for (const [extension, field] of FILES) {
      const content = certificate[field];
      if (typeof content === 'string')
        writeFileSync(`${certificate.commonName}.${extension}`, content, 'utf8');
    }
  },
});

export default command;
