import type { OptionSpec, OptionValue } from '../../define-command';
import { text } from '../../define-command';
import { readPathOption } from '../read-path-option';

/** The files `ssl add` and `ssl edit` read, as slcli's options, and the template field each fills. */
export const CERTIFICATE_FILE_OPTIONS: readonly OptionSpec[] = [
  { flags: '--crt <file>', description: 'Certificate file' },
  { flags: '--csr <file>', description: 'Certificate Signing Request file' },
  { flags: '--icc <file>', description: 'Intermediate Certificate file' },
  { flags: '--key <file>', description: 'Private Key file' },
  { flags: '--notes <notes>', description: 'Additional notes' },
];

const FIELDS = {
  crt: 'certificate',
  key: 'privateKey',
  csr: 'certificateSigningRequest',
  icc: 'intermediateCertificate',
} as const;

type CertificateText = (typeof FIELDS)[keyof typeof FIELDS];

/**
 * The template fields of the files given (every file is checked first, as click checks `Path(exists=True)`); a
 * file not given is left out (slcli stops with a Python error then, see the README).
 */
export async function readCertificateFiles(
  options: Record<string, OptionValue>,
): Promise<Partial<Record<CertificateText, string>>> {
  const read: Partial<Record<CertificateText, string>> = {};
  for (const [option, field] of Object.entries(FIELDS)) {
    const path = text(options[option]);
    if (path !== undefined) read[field] = readPathOption(path, `'--${option}'`);
  }
  return read;
}
