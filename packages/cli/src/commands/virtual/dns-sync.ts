import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer } from '../../define-command';
import { resolveId } from '../resolve-id';
import { resolveGuest } from './resolve-guest';

const MASK =
  'mask[id,globalIdentifier,fullyQualifiedDomainName,hostname,domain,primaryBackendIpAddress,primaryIpAddress,' +
  'primaryNetworkComponent[id,primaryIpAddress,primaryVersion6IpAddressRecord[ipAddress]]]';

const command: CommandSpec = defineCommand({
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
    const { manager, id, client } = await resolveGuest(context, input);
    const { DnsManager } = await import('@sl/managers');
    const dns = new DnsManager(client);
    const guest = await manager.getInstance(id, { mask: MASK });
    const zoneId = await resolveId((name) => dns.resolveIds(name), guest.domain ?? '', 'zone');
    if (!guest.primaryIpAddress) throw new CliError('No primary IP address associated with this VS');
    if (!(await context.confirm(`Attempt to update DNS records for ${guest.fullyQualifiedDomainName}`))) {
      throw new CliError('Aborting DNS sync');
    }
    const ttl = integer(options.ttl) ?? 7200;
    const both = options.ptr !== true && options.aRecord !== true && options.aaaaRecord !== true;
    if (both || options.aRecord === true) {
      await dns.syncHostRecord(zoneId, guest.hostname ?? '', guest.primaryIpAddress, {
        recordType: 'a',
        ttl,
      });
    }
    if (both || options.ptr === true) {
      const reverse = await client.call('Virtual_Guest', 'getReverseDomainRecords', { id });
      const zone = reverse[reverse.length - 1];
      if (zone === undefined) throw new CliError(`No reverse DNS zone for ${guest.primaryIpAddress}`);
      await dns.syncPtrRecord(zone, guest.primaryIpAddress, guest.fullyQualifiedDomainName ?? '', { ttl });
    }
    if (options.aaaaRecord === true) {
      const ipv6 = guest.primaryNetworkComponent?.primaryVersion6IpAddressRecord?.ipAddress;
      if (!ipv6) throw new CliError(`${guest.fullyQualifiedDomainName} does not have an ipv6 address`);
      await dns.syncHostRecord(zoneId, guest.hostname ?? '', ipv6, { recordType: 'aaaa', ttl });
    }
    return undefined;
  },
});

export default command;
