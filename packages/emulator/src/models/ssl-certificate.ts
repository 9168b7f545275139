import { createPrivateKey, X509Certificate } from 'node:crypto';
import { faults } from '../api-fault';
import { DAY_MS, formatApiDate } from '../data/dates';
import type { SslCertificateRecord } from '../data/records';
import { compact, defineModel, type TypeModel } from './type-model';

/** What the API reads from a certificate. */
export interface CertificateFacts {
  commonName: string;
  organizationName: string | undefined;
  validityBegin: number;
  validityEnd: number;
  keySize: number | undefined;
}

const facts = new Map<string, CertificateFacts>();

/** A subject field (`CN`, `O`) of a certificate. */
function subjectField(subject: string, field: string): string | undefined {
  return subject
    .split('\n')
    .find((line) => line.startsWith(`${field}=`))
    ?.slice(field.length + 1);
}

/**
 * Parses a PEM certificate (and checks that `privateKey`, when given, is its key), as the API does before storing
 * one; refuses what is not a certificate with the API's invalid-value fault.
 */
export function certificateFacts(pem: string, privateKey?: string | null): CertificateFacts {
  let parsed: X509Certificate;
  try {
    parsed = new X509Certificate(pem);
  } catch {
    throw faults.invalidValue('Unable to parse the certificate: give a PEM-encoded X.509 certificate.');
  }
  if (privateKey) {
    let matches = false;
    try {
      matches = parsed.checkPrivateKey(createPrivateKey(privateKey));
    } catch {
      throw faults.invalidValue('Unable to parse the private key: give a PEM-encoded private key.');
    }
    if (!matches) throw faults.invalidValue('The private key does not match the certificate.');
  }
  const cached = facts.get(pem);
  if (cached) return cached;
  const found: CertificateFacts = {
    commonName: subjectField(parsed.subject, 'CN') ?? '',
    organizationName: subjectField(parsed.subject, 'O'),
    validityBegin: Date.parse(parsed.validFrom),
    validityEnd: Date.parse(parsed.validTo),
    keySize: parsed.publicKey.asymmetricKeyDetails?.modulusLength,
  };
  facts.set(pem, found);
  return found;
}

/** Whether a certificate is still valid at `now`. */
export function isValidAt(record: SslCertificateRecord, now: number): boolean {
  return certificateFacts(record.certificate).validityEnd > now;
}

/** `SoftLayer_Security_Certificate`: the stored texts and what the certificate says. */
export const sslCertificateModel: TypeModel<unknown> = defineModel<SslCertificateRecord>({
  type: 'SoftLayer_Security_Certificate',
  local(record, context) {
    const read = certificateFacts(record.certificate);
    return compact({
      id: record.id,
      commonName: read.commonName,
      organizationName: read.organizationName,
      validityBegin: formatApiDate(read.validityBegin),
      validityEnd: formatApiDate(read.validityEnd),
      validityDays: Math.floor((read.validityEnd - context.now) / DAY_MS),
      keySize: read.keySize,
      certificate: record.certificate,
      intermediateCertificate: record.intermediateCertificate,
      privateKey: record.privateKey,
      certificateSigningRequest: record.certificateSigningRequest,
      notes: record.notes,
      createDate: formatApiDate(record.createdAt),
      modifyDate: formatApiDate(record.modifiedAt),
    });
  },
  relations: {},
});
