import { makeSelfSignedCertificate } from '@sl/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SslManager } from '../src/ssl-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----';

describe('SslManager: the manager-calls-more.json cases', () => {
  const cases: Array<[string, (ssl: SslManager) => Promise<unknown>]> = [
    ['ssl.list_certs()', (ssl) => ssl.listCerts()],
    ["ssl.list_certs('valid')", (ssl) => ssl.listCerts('valid')],
    [
      String.raw`ssl.add_certificate({'certificate': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', 'privateKey': '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', 'intermediateCertificate': '', 'notes': 'test cert'})`,
      (ssl) =>
        ssl.addCertificate({
          certificate: PEM,
          privateKey: KEY,
          intermediateCertificate: '',
          notes: 'test cert',
        }),
    ],
    [
      String.raw`ssl.edit_certificate({'id': 1234, 'notes': 'renamed', 'certificate': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'})`,
      (ssl) => ssl.editCertificate({ id: 1234, notes: 'renamed', certificate: PEM }),
    ],
    ['ssl.get_certificate(1234)', (ssl) => ssl.getCertificate(1234)],
    ['ssl.remove_certificate(1234)', (ssl) => ssl.removeCertificate(1234)],
  ];
  it.each(cases)('%s', async (name, run) => {
    const { client, calls } = recordingClient({ 'Security_Certificate::createObject': { id: 1 } });
    await run(new SslManager(client));
    expectSameCalls(name, calls);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const ssl = new SslManager(client);
    await expectRefused(
      [
        ['kind', () => ssl.listCerts('old' as 'all'), /kind/],
        ['no certificate', () => ssl.addCertificate({ notes: 'x' }), /certificate/],
        [
          'not text',
          () => ssl.addCertificate({ certificate: 5 as unknown as string }),
          /certificate must be text/,
        ],
        ['edit without id', () => ssl.editCertificate({ notes: 'x' }), /certificate\.id/],
        ['bad id', () => ssl.getCertificate(0), /certificate id/],
        ['bad id to remove', () => ssl.removeCertificate(-2), /certificate id/],
      ],
      calls,
    );
  });
});

describe('SslManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  /** A fresh self-signed certificate and its key (made by the openssl binary). */
  const makeCertificate = (commonName: string) => {
    const made = makeSelfSignedCertificate(commonName, { organization: 'Test Org', days: 90 });
    made.dispose();
    return { certificate: made.certificate, privateKey: made.privateKey };
  };
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('lists the generated certificates, all, valid and expired', async () => {
    const ssl = new SslManager(setup.client);
    const all = await ssl.listCerts();
    expect(all.map((cert) => cert.commonName)).toEqual(['www.acme-shop.example', 'legacy.acme-shop.example']);
    expect((await ssl.listCerts('valid')).map((cert) => cert.commonName)).toEqual(['www.acme-shop.example']);
    const [expired] = await ssl.listCerts('expired');
    expect(expired).toMatchObject({ commonName: 'legacy.acme-shop.example', notes: expect.any(String) });
    expect(expired!.validityDays).toBeLessThan(0);
  });

  it('adds a certificate with its key, reads what the API parsed, edits, and removes it', async () => {
    const ssl = new SslManager(setup.client);
    const made = makeCertificate('shop.test.example');
    const added = await ssl.addCertificate({ ...made, notes: 'new shop' });
    expect(added).toMatchObject({
      commonName: 'shop.test.example',
      organizationName: 'Test Org',
      keySize: 2048,
    });
    expect(added.validityDays).toBeGreaterThanOrEqual(88);
    expect(await ssl.editCertificate({ id: added.id!, notes: 'renamed' })).toBe(true);
    expect((await ssl.getCertificate(added.id!)).notes).toBe('renamed');
    const other = makeCertificate('other.test.example');
    // A key that is not the certificate's is refused, and the certificate is left as it was.
    await expect(
      ssl.editCertificate({ id: added.id!, privateKey: other.privateKey, notes: 'changed' }),
    ).rejects.toMatchObject({ faultCode: 'SoftLayer_Exception_InvalidValue' });
    expect((await ssl.getCertificate(added.id!)).notes).toBe('renamed');
    await expect(ssl.addCertificate({ certificate: PEM, notes: 'broken' })).rejects.toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    expect(await ssl.removeCertificate(added.id!)).toBe(true);
    expect((await ssl.listCerts()).map((cert) => cert.id)).not.toContain(added.id);
    await expect(ssl.getCertificate(added.id!)).rejects.toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
  });
});
