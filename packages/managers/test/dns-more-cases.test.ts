import { describe, expect, it } from 'vitest';
import { DnsManager } from '../src/dns-manager';
import { expectSameCalls, recordingClient } from './support';

/* The manager-calls-more.json cases of DnsManager, through a recording client answering as the reference's fixtures. */

describe('DnsManager: the manager-calls-more.json cases', () => {
  it('dns.get_record(12345)', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain_ResourceRecord::getObject': { id: 12345 } });
    await new DnsManager(client).getRecord(12345);
    expectSameCalls('dns.get_record(12345)', calls);
  });

  it("dns.sync_host_record(12345, 'vs-test1', …): six matching records are SL_AMBIGUOUS and nothing changes, as the reference aborts", async () => {
    const records = [1, 2, 3, 4, 5, 6].map((id) => ({ id, host: 'vs-test1', type: 'a', data: '10.0.0.1' }));
    const { client, calls } = recordingClient({ 'Dns_Domain::getResourceRecords': records });
    await expect(
      new DnsManager(client).syncHostRecord(12345, 'vs-test1', '172.16.240.2', {
        recordType: 'a',
        ttl: 7200,
      }),
    ).rejects.toMatchObject({
      code: 'SL_AMBIGUOUS',
      message: expect.stringContaining('ids 1, 2, 3, 4, 5, 6'),
    });
    expectSameCalls(
      "dns.sync_host_record(12345, 'vs-test1', '172.16.240.2', record_type='a', ttl=7200)",
      calls,
    );
  });

  it('dns.sync_ptr_record: creates the PTR record when the zone has none for the host', async () => {
    const { client, calls } = recordingClient({ 'Dns_Domain_ResourceRecord::createObject': { id: 1 } });
    // The reference's fixture as is (`networkAddress` is not in the metadata's type).
    const zone = {
      id: 123456,
      name: '12.34.56.78.in-addr.arpa',
      networkAddress: '12.34.56.78',
      resourceRecords: [{ data: 'test.softlayer.com.', id: 987654 }],
    };
    await new DnsManager(client).syncPtrRecord(zone, '12.34.56.78', 'test.softlayer.com', { ttl: 7200 });
    expectSameCalls(
      "dns.sync_ptr_record({'id': 123456, 'name': '12.34.56.78.in-addr.arpa', 'networkAddress': '12.34.56.78', 'resourceRecords': [{'data': 'test.softlayer.com.', 'id': 987654}]}, '12.34.56.78', 'test.softlayer.com', ttl=7200)",
      calls,
    );
  });

  it('dns.sync_ptr_record: edits the host’s PTR record (isGatewayAddress left out, as the reference)', async () => {
    const { client, calls } = recordingClient();
    const zone = {
      id: 123456,
      name: '12.34.56.78.in-addr.arpa',
      networkAddress: '12.34.56.78',
      resourceRecords: [
        {
          data: 'old.softlayer.com.',
          id: 987654,
          host: '78',
          type: 'ptr',
          ttl: 900,
          isGatewayAddress: false,
        },
      ],
    };
    await new DnsManager(client).syncPtrRecord(zone, '12.34.56.78', 'new.softlayer.com', { ttl: 3600 });
    expectSameCalls(
      "dns.sync_ptr_record({'id': 123456, 'name': '12.34.56.78.in-addr.arpa', 'networkAddress': '12.34.56.78', 'resourceRecords': [{'data': 'old.softlayer.com.', 'id': 987654, 'host': '78', 'type': 'ptr', 'ttl': 900, 'isGatewayAddress': False}]}, '12.34.56.78', 'new.softlayer.com', ttl=3600)",
      calls,
    );
  });
});
