import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A certificate and its private key, PEM text, with the files they were written to (removed by `dispose`). */
export interface SelfSignedCertificate {
  certificate: string;
  privateKey: string;
  certificateFile: string;
  privateKeyFile: string;
  dispose(): void;
}

/**
 * A fresh self-signed RSA 2048 certificate for `commonName` (optionally with an organization), valid `days` days
 * from now, made by the `openssl` binary in a temporary directory.
 */
export function makeSelfSignedCertificate(
  commonName: string,
  options: { organization?: string; days?: number } = {},
): SelfSignedCertificate {
  const directory = mkdtempSync(join(tmpdir(), 'sl-test-cert-'));
  const privateKeyFile = join(directory, 'key.pem');
  const certificateFile = join(directory, 'cert.pem');
  const subject = `/CN=${commonName}${options.organization ? `/O=${options.organization}` : ''}`;
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      privateKeyFile,
      '-out',
      certificateFile,
      '-subj',
      subject,
      '-days',
      String(options.days ?? 90),
    ],
    { stdio: 'ignore', input: '' },
  );
  return {
    certificate: readFileSync(certificateFile, 'utf8'),
    privateKey: readFileSync(privateKeyFile, 'utf8'),
    certificateFile,
    privateKeyFile,
    dispose: () => rmSync(directory, { recursive: true, force: true }),
  };
}
