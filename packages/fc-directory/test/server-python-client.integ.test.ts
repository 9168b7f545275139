import { runPythonAsync } from '@sl/test-kit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DirectoryServer, startDirectory } from './start-directory';

// The API documentation's own examples, run with Python's standard xmlrpc.client against the emulated directory:
// an XML-RPC client we did not write agrees with the server (`@sl/fc-directory/server`) we did.
const SCRIPT = `
import json, os, xmlrpc.client
server = xmlrpc.client.ServerProxy(os.environ['FC_URL'], allow_none=True)
out = {'ping': server.ping()}
out['apply'] = server.apply([
    {'__type__': 'virtualmachine', 'name': 'test00', 'cores': 1, 'resource_group': 'services'},
    {'__type__': 'virtualmachine', '__action__': 'delete', 'name': 'test01'}])
out['query'] = server.query('virtualmachine', {'name': 'test00'})
out['log'] = server.log()
out['log_after'] = server.log(out['log'][-1]['serial'])
try:
    server.apply([{'__type__': 'virtualmachine', 'name': 'test02', 'memory': 99999}])
except xmlrpc.client.Fault as fault:
    out['fault'] = [fault.faultCode, fault.faultString]
try:
    xmlrpc.client.ServerProxy(os.environ['FC_URL'].replace('key-', 'bad-')).ping()
except xmlrpc.client.ProtocolError as error:
    out['unauthorized'] = error.errcode
print(json.dumps(out, default=str))
`;

let server: DirectoryServer;
let url: string;

beforeAll(async () => {
  server = await startDirectory({
    project: 'services',
    apiKey: 'key-0123456789',
    now: () => Date.UTC(2015, 11, 23, 1, 2, 3),
  });
  url = server.url.replace('http://', 'http://services:key-0123456789@');
});

afterAll(() => server.close());

it("answers the documentation's examples through Python's xmlrpc.client", async () => {
  const { status, stdout, stderr } = await runPythonAsync(SCRIPT, '', {
    env: { FC_URL: url },
    timeoutMs: 20_000,
  });
  expect(stderr).toBe('');
  expect(status).toBe(0);
  const out = JSON.parse(stdout);
  expect(out.ping).toBe('pong');
  expect(out.apply).toEqual([
    expect.objectContaining({ __type__: 'virtualmachine', name: 'test00', cores: 1, memory: 512 }),
  ]);
  expect(out.query).toEqual(out.apply);
  expect(out.log.map((entry: { method: string }) => entry.method)).toEqual(['ping', 'apply', 'query']);
  expect(out.log[2]).toMatchObject({
    args: '{"args":["virtualmachine",{"name":"test00"}],"kw":{}}',
    exception: '',
    resource_group: 'services',
    serial: 3,
    timestamp: '2015-12-23 01:02:03',
  });
  expect(out.log_after).toEqual([]);
  expect(out.fault).toEqual([1, expect.stringContaining("'memory' must be between 256 and 3072, got 99999")]);
  expect(out.unauthorized).toBe(401);
});
