import { CliError } from '../../cli-error';

/** The kinds of firewall an identifier names (`vlan:123`, `multiVlan:456`, `vs:789`, `server:12`). */
export type FirewallKind = 'vlan' | 'multiVlan' | 'vs' | 'server';

/** The reference's `firewall.parse_id`: `type:id`, the id a whole number. */
export function parseFirewallId(identifier: string): { type: string; id: number } {
  const parts = identifier.split(':');
  if (parts.length !== 2) throw new CliError(`Invalid ID ${identifier}: ID should be of the form xxx:yyy`);
  const [type = '', id = ''] = parts;
  if (!/^\s*[+-]?\d+\s*$/.test(id))
    throw new CliError(`Invalid ID ${identifier}: ${id} is not a whole number`);
  return { type, id: Number(id) };
}

/** A plain firewall, server or VLAN id argument: a whole number. */
export function wholeId(value: string | undefined, what: string): number {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) {
    throw new CliError(`Invalid ${what} ${JSON.stringify(value ?? '')}: it must be a whole number`);
  }
  return Number(value);
}
