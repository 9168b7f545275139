import type { ListResult, SoftLayerClient } from '@sl/client';
import type { SoftLayer_Security_Certificate } from '@sl/types';
import { checkPositive, checkText, invalid } from './check-input';
import { type CallControl, signalOption } from './list-options';

/** Which certificates `listCerts` reads. */
export type CertificateListKind = 'all' | 'expired' | 'valid';

const LIST_METHODS = {
  all: 'getSecurityCertificates',
  expired: 'getExpiredSecurityCertificates',
  valid: 'getValidSecurityCertificates',
} as const;

const TEXT_FIELDS = [
  'certificate',
  'intermediateCertificate',
  'privateKey',
  'certificateSigningRequest',
  'notes',
];

/** A certificate template, checked: an object whose text fields are text. */
function checkTemplate(
  certificate: SoftLayer_Security_Certificate,
  method: string,
): SoftLayer_Security_Certificate {
  if (certificate === null || typeof certificate !== 'object') {
    throw invalid(`${method}: the certificate must be an object (certificate, privateKey, notes, …)`);
  }
  for (const field of TEXT_FIELDS) {
    const given = (certificate as Record<string, unknown>)[field];
    if (given !== undefined && typeof given !== 'string') throw invalid(`${method}: ${field} must be text`);
  }
  return certificate;
}

/**
 * The account's SSL certificates (`SoftLayer_Security_Certificate`), as the reference client's `SSLManager`: the
 * same API calls, typed results, input checked before sending. The API parses what is stored (a certificate that
 * is not PEM, or a private key that is not its key, is refused).
 */
export class SslManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The account's certificates (`all`, `valid` or `expired`) with their common name, days left and notes. */
  async listCerts(
    kind: CertificateListKind = 'all',
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Security_Certificate>> {
    const method = LIST_METHODS[kind];
    if (method === undefined)
      throw invalid(`listCerts: kind must be all, expired or valid, got ${JSON.stringify(kind)}`);
    return this.#client.call('Account', method, {
      mask: 'mask[id, commonName, validityDays, notes]',
      ...signalOption(options.signal),
    });
  }

  /** Adds a certificate (PEM `certificate`, optionally `privateKey`, `intermediateCertificate`, `notes`). */
  async addCertificate(
    certificate: SoftLayer_Security_Certificate,
    options: CallControl = {},
  ): Promise<SoftLayer_Security_Certificate> {
    const template = checkTemplate(certificate, 'addCertificate');
    checkText(template.certificate, 'the certificate', 'addCertificate');
    return this.#client.call('Security_Certificate', 'createObject', {
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** Changes a certificate: the template names it by `id` and holds what changes. */
  async editCertificate(
    certificate: SoftLayer_Security_Certificate,
    options: CallControl = {},
  ): Promise<boolean> {
    const template = checkTemplate(certificate, 'editCertificate');
    const id = checkPositive(template.id, 'certificate.id', 'editCertificate');
    return this.#client.call('Security_Certificate', 'editObject', {
      id,
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** One certificate by id, with its texts and what the API read from it. */
  async getCertificate(
    certificateId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Security_Certificate> {
    const id = checkPositive(certificateId, 'the certificate id', 'getCertificate');
    return this.#client.call('Security_Certificate', 'getObject', { id, ...signalOption(options.signal) });
  }

  /** Deletes a certificate by id. */
  async removeCertificate(certificateId: number, options: CallControl = {}): Promise<boolean> {
    const id = checkPositive(certificateId, 'the certificate id', 'removeCertificate');
    return this.#client.call('Security_Certificate', 'deleteObject', { id, ...signalOption(options.signal) });
  }
}
