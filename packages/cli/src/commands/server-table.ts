import { Table } from '../output/table';

interface Server {
  hostname?: string;
  domain?: string;
  primaryIpAddress?: string;
  primaryBackendIpAddress?: string;
}

export const SERVER_COLUMNS: readonly string[] = ['hostname', 'domain', 'public_ip', 'private_ip'];

/** The reference's table of servers on a VLAN or subnet: hostname, domain and the two primary addresses. */
export function serverTable(servers: readonly Server[], table: Table = new Table(SERVER_COLUMNS)): Table {
  for (const server of servers) {
    table.addRow([server.hostname, server.domain, server.primaryIpAddress, server.primaryBackendIpAddress]);
  }
  return table;
}
