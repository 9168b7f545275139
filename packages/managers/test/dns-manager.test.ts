import { MethodNotFoundError } from '@sl/transport';
import type { SoftLayer_Dns_Domain_ResourceRecord } from '@sl/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DnsManager, type DnsRecordChanges, ptrHostOf } from '../src/dns-manager';
import { ManagerError } from '../src/manager-error';
import { expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('DnsManager asks what the reference asks', () => {
  it('listZones pages through Account::getDomains', async () => {
    const { client, calls } = recordingClient();
    await new DnsManager(client).listZones();
    expectSameCalls('dns.list_zones()', calls);
  });

  it('getZone with its records', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain::getObject': { id: 12345 } });
    await new DnsManager(client).getZone(12345);
    expectSameCalls('dns.get_zone(12345)', calls);
  });

  it('createZone with a serial', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain::createObject': { id: 9 } });
    await new DnsManager(client).createZone('example.com', { serial: 2014110201 });
    expectSameCalls("dns.create_zone('example.com', serial=2014110201)", calls);
  });

  it('deleteZone and dumpZone by id', async () => {
    for (const [name, run] of [
      ['dns.delete_zone(1)', (dns: DnsManager) => dns.deleteZone(1)],
      ['dns.dump_zone(1)', (dns: DnsManager) => dns.dumpZone(1)],
    ] as const) {
      const { client, calls } = recordingClient({ 'Dns_Domain::getZoneFileContents': '$ORIGIN x.\n' });
      await run(new DnsManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('createRecord and createRecordMx', async () => {
    for (const [name, run] of [
      [
        "dns.create_record(1, 'test', 'A', '1.2.3.4', ttl=60)",
        (dns: DnsManager) => dns.createRecord(1, 'test', 'A', '1.2.3.4', { ttl: 60 }),
      ],
      [
        "dns.create_record_mx(1, 'test', '1.2.3.4', ttl=1200, priority=21)",
        (dns: DnsManager) => dns.createRecordMx(1, 'test', '1.2.3.4', { ttl: 1200, priority: 21 }),
      ],
    ] as const) {
      const { client, calls } = recordingClient({ 'Dns_Domain_ResourceRecord::createObject': { id: 5 } });
      await run(new DnsManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('getRecords with every criterion (the type lower-cased)', async () => {
    const { client, calls } = recordingClient();
    await new DnsManager(client).getRecords(12345, { data: 'a', host: 'b', recordType: 'A', ttl: 60 });
    expectSameCalls("dns.get_records(12345, data='a', host='b', record_type='a', ttl=60)", calls);
  });

  it('deleteRecord', async () => {
    const { client, calls } = recordingClient();
    await new DnsManager(client).deleteRecord(1);
    expectSameCalls('dns.delete_record(1)', calls);
  });

  it('editRecord sends the record as given, its id as the init parameter', async () => {
    const { client, calls } = recordingClient();
    // What the reference's case sends (a `name` the type does not know, the ttl as text).
    const record = { id: 1, name: 'test', ttl: '1800' } as unknown as DnsRecordChanges;
    await new DnsManager(client).editRecord(record);
    expectSameCalls("dns.edit_record({'id': 1, 'name': 'test', 'ttl': '1800'})", calls);
  });

  it('resolveIds looks a zone name up in Account::getDomains', async () => {
    const { client, calls } = recordingClient({ 'Account::getDomains': [{ id: 77, name: 'example.com' }] });
    expect(await new DnsManager(client).resolveIds('example.com')).toEqual([77]);
    expectSameCalls("dns.resolve_ids('example.com')", calls);
  });
});

describe('DnsManager, the calls without a reference case', () => {
  it('getZone without records sends no mask; a zone name is resolved first', async () => {
    const { client, calls } = recordingClient({
      'Account::getDomains': [{ id: 8 }],
      'Dns_Domain::getObject': {},
    });
    await new DnsManager(client).getZone('example.org', { records: false });
    expect(calls.map((call) => call.method)).toEqual(['getDomains', 'getObject']);
    expect(calls[1]).toMatchObject({ id: 8 });
    expect(calls[1]!.mask).toBeUndefined();
  });

  it('createZone defaults the serial to today YYYYMMDD01, sent as a number (the reference sends text)', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain::createObject': { id: 9 } });
    await new DnsManager(client).createZone('example.com');
    const serial = (calls[0]!.args![0] as { serial: unknown }).serial;
    expect(typeof serial).toBe('number');
    expect(String(serial)).toMatch(/^\d{8}01$/);
  });

  it('createRecordSrv sends the SRV complexType and the defaults', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain_ResourceRecord::createObject': { id: 5 } });
    await new DnsManager(client).createRecordSrv(3, '_sip', 'sip.example.com.', 'tcp', 5060, '_sip');
    expect(calls[0]!.args).toEqual([
      {
        host: '_sip',
        data: 'sip.example.com.',
        ttl: 60,
        type: 'SRV',
        domainId: 3,
        priority: 20,
        protocol: 'tcp',
        port: 5060,
        service: '_sip',
        weight: 10,
        complexType: 'SoftLayer_Dns_Domain_ResourceRecord_SrvType',
      },
    ]);
  });

  it('createRecordPtr sends no zone', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain_ResourceRecord::createObject': { id: 5 } });
    await new DnsManager(client).createRecordPtr('10.0.0.5', 'host.example.com.', { ttl: 600 });
    expect(calls[0]!.args).toEqual([{ host: '10.0.0.5', data: 'host.example.com.', ttl: 600, type: 'PTR' }]);
  });

  it('getRecords merges a filter of yours over its criteria; getRecord reads one record', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain_ResourceRecord::getObject': { id: 4 } });
    const dns = new DnsManager(client);
    await dns.getRecords(2, { host: 'www', filter: { resourceRecords: { ttl: { operation: '> 100' } } } });
    expect(calls[0]!.filter).toMatchObject({
      resourceRecords: { host: { operation: '_= www' }, ttl: { operation: '> 100' } },
    });
    expect(await dns.getRecord(4)).toEqual({ id: 4 });
    expect(calls[1]).toMatchObject({
      service: 'SoftLayer_Dns_Domain_ResourceRecord',
      method: 'getObject',
      id: 4,
    });
  });

  it('editRecord leaves out isGatewayAddress and does not change the caller’s object (the reference pops it)', async () => {
    const { client, calls } = recordingClient();
    const record: DnsRecordChanges = { id: 3, host: '5', data: 'x.example.com.', isGatewayAddress: false };
    await new DnsManager(client).editRecord(record);
    expect(calls[0]!.args).toEqual([{ id: 3, host: '5', data: 'x.example.com.' }]);
    expect(record.isGatewayAddress).toBe(false);
  });

  it('editZone sends the zone id as the init parameter (the reference sends none)', async () => {
    const { client, calls } = recordingClient();
    expect(await new DnsManager(client).editZone(6, { name: 'renamed.example.com' })).toBe(true);
    expect(calls[0]).toMatchObject({ method: 'editObject', id: 6, args: [{ name: 'renamed.example.com' }] });
  });

  it('syncHostRecord creates the record when there is none', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain_ResourceRecord::createObject': { id: 5 } });
    await new DnsManager(client).syncHostRecord(1, 'web', '10.1.2.3');
    expect(calls.map((call) => call.method)).toEqual(['getResourceRecords', 'createObject']);
    expect(calls[0]!.filter).toMatchObject({
      resourceRecords: { host: { operation: '_= web' }, type: { operation: '_= a' } },
    });
    expect(calls[1]!.args).toEqual([{ host: 'web', data: '10.1.2.3', ttl: 7200, type: 'a', domainId: 1 }]);
  });

  it('syncHostRecord updates the one record there is; refuses when there are several', async () => {
    const found: SoftLayer_Dns_Domain_ResourceRecord = {
      id: 40,
      host: 'web',
      type: 'a',
      data: '10.0.0.1',
      ttl: 60,
    };
    const one = recordingClient({ 'Dns_Domain::getResourceRecords': [found] });
    const updated = await new DnsManager(one.client).syncHostRecord(1, 'web', '10.9.9.9', { ttl: 300 });
    expect(updated).toMatchObject({ id: 40, data: '10.9.9.9', ttl: 300 });
    expect(one.calls[1]).toMatchObject({
      method: 'editObject',
      id: 40,
      args: [{ ...found, data: '10.9.9.9', ttl: 300 }],
    });

    const two = recordingClient({ 'Dns_Domain::getResourceRecords': [found, { ...found, id: 41 }] });
    await expect(new DnsManager(two.client).syncHostRecord(1, 'web', '10.9.9.9')).rejects.toMatchObject({
      code: 'SL_AMBIGUOUS',
      message: expect.stringContaining('40, 41'),
    });
    expect(two.calls.map((call) => call.method)).toEqual(['getResourceRecords']);
  });

  it('syncPtrRecord edits the matching PTR record, or creates one in the reverse zone', async () => {
    const reverse = {
      id: 70,
      resourceRecords: [
        { id: 71, host: '5', type: 'ptr', data: 'old.example.com.', isGatewayAddress: false },
      ],
    };
    const edit = recordingClient();
    await new DnsManager(edit.client).syncPtrRecord(reverse, '10.0.0.5', 'new.example.com.');
    expect(edit.calls[0]).toMatchObject({
      method: 'editObject',
      id: 71,
      args: [{ id: 71, host: '5', type: 'ptr', data: 'new.example.com.', ttl: 7200 }],
    });
    expect(reverse.resourceRecords[0]!.data).toBe('old.example.com.');

    const create = recordingClient({ 'Dns_Domain_ResourceRecord::createObject': { id: 72 } });
    await new DnsManager(create.client).syncPtrRecord(reverse, '10.0.0.6', 'six.example.com.', { ttl: 60 });
    expect(create.calls[0]!.args).toEqual([
      { host: '6', data: 'six.example.com.', ttl: 60, type: 'ptr', domainId: 70 },
    ]);
  });

  it('an IPv6 PTR host is the last 64 bits reversed digit by digit (the reference uses the whole address)', () => {
    expect(ptrHostOf('10.0.0.1')).toBe('1');
    expect(ptrHostOf('fe80::a00:1')).toBe('1.0.0.0.0.0.a.0.0.0.0.0.0.0.0.0');
    expect(ptrHostOf('2001:db8::ffff:1.2.3.4')).toBe('4.0.3.0.2.0.1.0.f.f.f.f.0.0.0.0');
    expect(() => ptrHostOf('not-an-ip')).toThrow(ManagerError);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const dns = new DnsManager(client);
    const bad = [
      () => dns.createZone(''),
      () => dns.createZone('has space.com'),
      () => dns.createZone('example.com', { serial: -1 }),
      () => dns.createRecord(1, '', 'A', '1.2.3.4'),
      () => dns.createRecord(1, 'www', 'BOGUS', '1.2.3.4'),
      () => dns.createRecord(1, 'www', 'A', '1.2.3.4', { ttl: 1.5 }),
      () => dns.createRecordMx(1, 'mail', '', {}),
      () => dns.createRecordSrv(1, '_sip', 'sip.example.com.', 'tcp', 70_000, '_sip'),
      () => dns.createRecordPtr('10.0.0.1', ''),
      () => dns.deleteRecord(0),
      () => dns.getRecord(Number.NaN),
      () => dns.getRecords(1, { host: '' }),
      () => dns.editRecord({ host: 'x' } as DnsRecordChanges),
      () => dns.editZone(1, {}),
      () => dns.syncHostRecord(1, 'web', '10.0.0.1', { recordType: 'nope' }),
      () => dns.syncPtrRecord({ resourceRecords: [] }, '10.0.0.1', 'x.example.com.'),
      () => dns.syncPtrRecord({ id: 1 }, 'garbage', 'x.example.com.'),
      () => dns.getZone(''),
    ];
    for (const attempt of bad) await expect(attempt()).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    expect(calls).toEqual([]);
  });
});

describe('DnsManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('creates a zone, adds records, filters, edits, dumps, syncs and deletes', async () => {
    const dns = new DnsManager(setup.client);
    const name = 'managers-dns-test.com';
    const zone = await dns.createZone(name, { serial: 2024010101 });
    expect(zone).toMatchObject({ name, serial: 2024010101 });
    expect(await dns.resolveIds(name)).toEqual([zone.id]);
    expect((await dns.listZones()).map((listed) => listed.id)).toContain(zone.id);

    const www = await dns.createRecord(name, 'www', 'A', '10.0.0.10', { ttl: 900 });
    expect(www).toMatchObject({ host: 'www', type: 'a', data: '10.0.0.10', ttl: 900, domainId: zone.id });
    const mx = await dns.createRecordMx(zone.id!, '@', 'mail.managers-dns-test.com.', { priority: 21 });
    expect(mx).toMatchObject({ type: 'mx', mxPriority: 21, ttl: 60 });
    const srv = await dns.createRecordSrv(
      name,
      '_sip._tcp',
      'sip.managers-dns-test.com.',
      'tcp',
      5060,
      '_sip',
    );
    expect(srv).toMatchObject({ type: 'srv', port: 5060, priority: 20, weight: 10, protocol: 'tcp' });
    const alias = await dns.createRecord(name, 'alias', 'CNAME', 'www.managers-dns-test.com.');
    expect(alias).toMatchObject({ type: 'cname', ttl: 60 });

    const withRecords = await dns.getZone(name);
    expect(withRecords.resourceRecords?.map((record) => record.id)).toEqual(
      expect.arrayContaining([www.id, mx.id, srv.id, alias.id]),
    );
    expect((await dns.getZone(name, { records: false })).resourceRecords).toBeUndefined();

    const byHost = await dns.getRecords(name, { host: 'www' });
    expect(byHost.map((record) => record.id)).toEqual([www.id]);
    const byType = await dns.getRecords(name, { recordType: 'MX' });
    expect(byType.map((record) => record.id)).toEqual([mx.id]);
    const cnames = await dns.getRecords(zone.id!, { recordType: 'cname', host: 'alias' });
    expect(cnames.map((record) => record.id)).toEqual([alias.id]);

    expect(await dns.editRecord({ ...byHost[0]!, id: www.id!, ttl: 1800 })).toBe(true);
    expect(await dns.getRecord(www.id!)).toMatchObject({ ttl: 1800, data: '10.0.0.10' });

    const dump = await dns.dumpZone(name);
    expect(dump).toContain(`$ORIGIN ${name}.`);
    expect(dump).toMatch(/^www 1800 IN A 10\.0\.0\.10$/m);
    expect(dump).toMatch(/^@ 60 IN MX 21 mail\.managers-dns-test\.com\.$/m);
    expect(dump).toMatch(/^alias 60 IN CNAME www\.managers-dns-test\.com\.$/m);
    expect(dump).toMatch(/^_sip\._tcp 60 IN SRV /m);

    const created = await dns.syncHostRecord(name, 'api', '10.0.0.20');
    expect(created).toMatchObject({ host: 'api', type: 'a', data: '10.0.0.20', ttl: 7200 });
    const updated = await dns.syncHostRecord(name, 'api', '10.0.0.21', { ttl: 300 });
    expect(updated).toMatchObject({ id: created.id, data: '10.0.0.21', ttl: 300 });
    const apis = await dns.getRecords(name, { host: 'api', recordType: 'a' });
    expect(apis.map((record) => [record.id, record.data, record.ttl])).toEqual([
      [created.id, '10.0.0.21', 300],
    ]);

    expect(await dns.deleteRecord(alias.id!)).toBe(true);
    expect((await dns.getRecords(name, { host: 'alias' })).length).toBe(0);

    expect(await dns.deleteZone(name)).toBe(true);
    expect(await dns.resolveIds(name)).toEqual([]);
    await expect(dns.getZone(name)).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
  });

  it('editZone resolves the zone, then meets the API without Dns_Domain::editObject', async () => {
    const dns = new DnsManager(setup.client);
    const zone = await dns.createZone('managers-dns-edit.com');
    // The reference calls a method the API's metadata does not have; the emulator answers as the API would.
    await expect(
      dns.editZone('managers-dns-edit.com', { name: 'managers-dns-edited.com' }),
    ).rejects.toBeInstanceOf(MethodNotFoundError);
    expect(await dns.getZone(zone.id!, { records: false })).toMatchObject({ name: 'managers-dns-edit.com' });
    expect(await dns.deleteZone('managers-dns-edit.com')).toBe(true);
  });

  it('says which zone it cannot find', async () => {
    const dns = new DnsManager(setup.client);
    for (const attempt of [
      () => dns.getZone('no-such-zone.example'),
      () => dns.dumpZone('no-such-zone.example'),
      () => dns.createRecord('no-such-zone.example', 'www', 'A', '10.0.0.1'),
      () => dns.getRecords('no-such-zone.example'),
      () => dns.syncHostRecord('no-such-zone.example', 'www', '10.0.0.1'),
      () => dns.resolveId('no-such-zone.example'),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    }
  });
});
