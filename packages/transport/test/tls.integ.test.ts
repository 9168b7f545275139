import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeMethodResponse } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createXmlRpcTransport, type TransportError } from '../src/index';

const OPENSSL = '/usr/bin/openssl';
const request = { service: 'SoftLayer_Account', method: 'getObject' };

/** A throw-away CA, a server certificate for 127.0.0.1 and a client certificate, made with openssl. */
function makeCertificates(
  dir: string,
): Record<'ca' | 'serverKey' | 'serverCert' | 'clientKey' | 'clientCert', string> {
  const openssl = (...args: string[]) => execFileSync(OPENSSL, args, { cwd: dir, stdio: 'ignore' });
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...key,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '1',
    '-subj',
    '/CN=sl-test-ca',
  );
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  for (const name of ['server', 'client']) {
    openssl('req', ...key, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '1',
      ...(name === 'server' ? ['-extfile', 'server.ext'] : []),
    );
  }
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    ca: read('ca.crt'),
    serverKey: read('server.key'),
    serverCert: read('server.crt'),
    clientKey: read('client.key'),
    clientCert: read('client.crt'),
  };
}

describe.skipIf(!existsSync(OPENSSL))('TLS', () => {
  let dir: string;
  let certificates: ReturnType<typeof makeCertificates>;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sl-tls-'));
    certificates = makeCertificates(dir);
    // Mutual TLS: the server asks for a client certificate signed by the CA.
    const server = createServer(
      {
        key: certificates.serverKey,
        cert: certificates.serverCert,
        ca: certificates.ca,
        requestCert: true,
        rejectUnauthorized: true,
      },
      (incoming, response) => {
        incoming.resume();
        incoming.on('end', () => response.end(encodeMethodResponse({ ok: true })));
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
  });

  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the server certificate by default, and accepts it with its CA', async () => {
    const strict = createXmlRpcTransport({
      endpointUrl: url,
      cert: certificates.clientCert,
      key: certificates.clientKey,
    });
    const error = (await strict(request).catch((caught: unknown) => caught)) as TransportError;
    expect([error.status, error.code]).toEqual([0, 'SL_NETWORK']);
    await strict.close();
    const trusted = createXmlRpcTransport({
      endpointUrl: url,
      ca: certificates.ca,
      cert: certificates.clientCert,
      key: certificates.clientKey,
    });
    expect((await trusted(request)).value).toEqual({ ok: true });
    await trusted.close();
  });

  it('skips verification when told (verify: false), and presents the client certificate', async () => {
    const insecure = createXmlRpcTransport({
      endpointUrl: url,
      verify: false,
      cert: certificates.clientCert,
      key: certificates.clientKey,
    });
    expect((await insecure(request)).value).toEqual({ ok: true });
    await insecure.close();
    const anonymous = createXmlRpcTransport({ endpointUrl: url, verify: false });
    await expect(anonymous(request)).rejects.toMatchObject({ status: 0 });
    await anonymous.close();
  });
});
