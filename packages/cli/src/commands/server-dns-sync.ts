import type { SoftLayerClient } from '@sl/client';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import { type CommandInput, type CommandSpec, defineCommand, integer } from '../define-command';
import { resolveId } from './resolve-id';

const MASK =
  'mask[id,globalIdentifier,fullyQualifiedDomainName,hostname,domain,primaryBackendIpAddress,primaryIpAddress,' +
  'primaryNetworkComponent[id,primaryIpAddress,primaryVersion6IpAddressRecord[ipAddress]]]';

/** What `dns-sync` reads of a guest or a server. */
interface SyncedServer {
  hostname?: string;
  domain?: string;
  fullyQualifiedDomainName?: string;
  primaryIpAddress?: string;
  primaryNetworkComponent?: { primaryVersion6IpAddressRecord?: { ipAddress?: string } };
}

/** The server `dns-sync` works on: its id, the client, and a read of it with a mask. */
export interface DnsSyncTarget {
  id: number;
  client: SoftLayerClient;
  get(mask: string): Promise<SyncedServer>;
}

/**
 * slcli's `vs dns-sync` and `hw dns-sync` (one command for both): the A, AAAA and PTR records of a server made to
 * match its addresses.
 */
export function dnsSyncCommand(kind: {
  /** `this VS`, `this hardware`: slcli's words when the server has no primary address. */
  what: string;
  /** The service whose `getReverseDomainRecords` gives the PTR zone. */
  service: 'Virtual_Guest' | 'Hardware_Server';
  target(context: CommandContext, input: CommandInput): Promise<DnsSyncTarget>;
}): CommandSpec {
  return defineCommand({
    name: 'dns-sync',
    description: 'Sync DNS records.',
    help: `If you don't specify any
arguments, it will attempt to update both the A and PTR records. If you don't
want to update both records, you may use the -a or --ptr arguments to limit
the records updated.`,
    arguments: [{ name: 'identifier' }],
    options: [
      { flags: '-a, --a-record', description: 'Sync the A record for the host' },
      { flags: '--aaaa-record', description: 'Sync the AAAA record for the host' },
      { flags: '--ptr', description: 'Sync the PTR record for the host' },
      {
        flags: '--ttl <ttl>',
        description: 'Sets the TTL for the A and/or PTR records',
        integer: true,
        default: 7200,
      },
    ],
    async run(context, input) {
      const { options } = input;
      const { id, client, get } = await kind.target(context, input);
      const { DnsManager } = await import('@sl/managers/dns-manager');
      const dns = new DnsManager(client);
      const server = await get(MASK);
      const zoneId = await resolveId((name) => dns.resolveIds(name), server.domain ?? '', 'zone');
      if (!server.primaryIpAddress) throw new CliError(`No primary IP address associated with ${kind.what}`);
      if (!(await context.confirm(`Attempt to update DNS records for ${server.fullyQualifiedDomainName}`))) {
        throw new CliError('Aborting DNS sync');
      }
      const ttl = integer(options.ttl) ?? 7200;
      const both = options.ptr !== true && options.aRecord !== true && options.aaaaRecord !== true;
      if (both || options.aRecord === true) {
        await dns.syncHostRecord(zoneId, server.hostname ?? '', server.primaryIpAddress, {
          recordType: 'a',
          ttl,
        });
      }
      if (both || options.ptr === true) {
        const reverse = await client.call(kind.service, 'getReverseDomainRecords', { id });
        const zone = reverse[reverse.length - 1];
        if (zone === undefined) throw new CliError(`No reverse DNS zone for ${server.primaryIpAddress}`);
        await dns.syncPtrRecord(zone, server.primaryIpAddress, server.fullyQualifiedDomainName ?? '', {
          ttl,
        });
      }
      if (options.aaaaRecord === true) {
        const ipv6 = server.primaryNetworkComponent?.primaryVersion6IpAddressRecord?.ipAddress;
        if (!ipv6) throw new CliError(`${server.fullyQualifiedDomainName} does not have an ipv6 address`);
        await dns.syncHostRecord(zoneId, server.hostname ?? '', ipv6, { recordType: 'aaaa', ttl });
      }
      return undefined;
    },
  });
}
