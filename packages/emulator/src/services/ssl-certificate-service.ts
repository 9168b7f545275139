import { faults } from '../api-fault';
import type { SslCertificateRecord } from '../data/records';
import { certificateFacts } from '../models/ssl-certificate';
import { objectArg } from './arguments';
import { type MethodInput, row, type ServiceDefinition, value } from './service-definition';

const TEXT_FIELDS = [
  'certificate',
  'intermediateCertificate',
  'privateKey',
  'certificateSigningRequest',
  'notes',
] as const;

/** The text fields of a template, checked: strings when given (`''` clears an optional one). */
function textFields(
  template: Record<string, unknown>,
): Partial<Record<(typeof TEXT_FIELDS)[number], string>> {
  const out: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const field of TEXT_FIELDS) {
    const given = template[field];
    if (given === undefined || given === null) continue;
    if (typeof given !== 'string') throw faults.invalidValue(`${field} must be a string.`);
    out[field] = given;
  }
  return out;
}

function certificateOf(input: MethodInput): SslCertificateRecord {
  return input.row as SslCertificateRecord;
}

export const sslCertificateService: ServiceDefinition = {
  name: 'SoftLayer_Security_Certificate',
  type: 'SoftLayer_Security_Certificate',
  find: (id, context) => context.state.sslCertificates.get(id),
  methods: {
    /** Stores a certificate after parsing it and checking its private key, as the API does. */
    createObject: (input) => {
      const fields = textFields(objectArg(input.call.args, 0, 'templateObject'));
      if (!fields.certificate) throw faults.missingParameter('A certificate (PEM) is required.');
      certificateFacts(fields.certificate, fields.privateKey);
      const { state, now } = input.context;
      const record = state.mutate(() =>
        state.sslCertificates.insert({
          id: state.allocateId('sslCertificate'),
          certificate: fields.certificate!,
          intermediateCertificate: fields.intermediateCertificate || null,
          privateKey: fields.privateKey || null,
          certificateSigningRequest: fields.certificateSigningRequest || null,
          notes: fields.notes || null,
          createdAt: now,
          modifiedAt: now,
        }),
      );
      return row('SoftLayer_Security_Certificate', record);
    },
    /** Changes the given texts; a new certificate or key is parsed and checked against the other first. */
    editObject: (input) => {
      const record = certificateOf(input);
      const fields = textFields(objectArg(input.call.args, 0, 'templateObject'));
      const certificate = fields.certificate ?? record.certificate;
      const privateKey = fields.privateKey ?? record.privateKey;
      if (fields.certificate !== undefined || fields.privateKey !== undefined)
        certificateFacts(certificate, privateKey);
      const { state, now } = input.context;
      state.mutate(() => {
        record.certificate = certificate;
        record.privateKey = privateKey || null;
        for (const field of ['intermediateCertificate', 'certificateSigningRequest', 'notes'] as const) {
          if (fields[field] !== undefined) record[field] = fields[field] || null;
        }
        record.modifiedAt = now;
      });
      return value(true);
    },
    deleteObject: (input) => {
      const { state } = input.context;
      state.mutate(() => state.sslCertificates.delete(certificateOf(input).id));
      return value(true);
    },
  },
};
