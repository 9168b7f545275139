import { type CommandSpec, defineCommand, list } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { idArgument } from '../id-argument';

/** What `--include` joins: the relational property, the mask entry and the title of its table. */
const INCLUDES = {
  at: {
    property: 'addressTranslations',
    mask: 'addressTranslations[internalIpAddressRecord[ipAddress],customerIpAddressRecord[ipAddress]]',
    title: 'Address Translations',
  },
  is: { property: 'internalSubnets', mask: 'internalSubnets', title: 'Internal Subnets' },
  rs: { property: 'customerSubnets', mask: 'customerSubnets', title: 'Remote Subnets' },
  sr: { property: 'staticRouteSubnets', mask: 'staticRouteSubnets', title: 'Static Subnets' },
  ss: { property: 'serviceSubnets', mask: 'serviceSubnets', title: 'Service Subnets' },
} as const;

type Include = keyof typeof INCLUDES;

/** Every local property of a context, in the reference's order. */
const CONTEXT_PROPERTIES = [
  'id',
  'accountId',
  'advancedConfigurationFlag',
  'createDate',
  'customerPeerIpAddress',
  'modifyDate',
  'name',
  'friendlyName',
  'internalPeerIpAddress',
  'phaseOneAuthentication',
  'phaseOneDiffieHellmanGroup',
  'phaseOneEncryption',
  'phaseOneKeylife',
  'phaseTwoAuthentication',
  'phaseTwoDiffieHellmanGroup',
  'phaseTwoEncryption',
  'phaseTwoKeylife',
  'phaseTwoPerfectForwardSecrecy',
  'presharedKey',
];

/** The context's rows: label and property (`created` and `modified` show nothing as null, as the reference). */
const CONTEXT_ROWS: ReadonlyArray<[string, string]> = [
  ['id', 'id'],
  ['name', 'name'],
  ['friendly name', 'friendlyName'],
  ['internal peer IP address', 'internalPeerIpAddress'],
  ['remote peer IP address', 'customerPeerIpAddress'],
  ['advanced configuration flag', 'advancedConfigurationFlag'],
  ['preshared key', 'presharedKey'],
  ['phase 1 authentication', 'phaseOneAuthentication'],
  ['phase 1 diffie hellman group', 'phaseOneDiffieHellmanGroup'],
  ['phase 1 encryption', 'phaseOneEncryption'],
  ['phase 1 key life', 'phaseOneKeylife'],
  ['phase 2 authentication', 'phaseTwoAuthentication'],
  ['phase 2 diffie hellman group', 'phaseTwoDiffieHellmanGroup'],
  ['phase 2 encryption', 'phaseTwoEncryption'],
  ['phase 2 key life', 'phaseTwoKeylife'],
  ['phase 2 perfect forward secrecy', 'phaseTwoPerfectForwardSecrecy'],
];

type Row = Record<string, unknown>;
type Cell = string | number | boolean | null;

function cell(row: Row, key: string, fallback: Cell = ''): Cell {
  const found = row[key];
  return found === undefined ? fallback : (found as Cell);
}

function contextTable(tunnel: Row): KeyValueTable {
  const table = new KeyValueTable(['name', 'value'], { title: 'Context Details' });
  for (const [label, property] of CONTEXT_ROWS) table.addRow([label, cell(tunnel, property)]);
  table.addRow(['created', cell(tunnel, 'createDate', null)]);
  table.addRow(['modified', cell(tunnel, 'modifyDate', null)]);
  return table;
}

function translationsTable(translations: readonly Row[]): Table {
  const table = new Table(
    ['id', 'static IP address', 'static IP address id', 'remote IP address', 'remote IP address id', 'note'],
    { title: INCLUDES.at.title },
  );
  const address = (record: unknown): Cell => cell((record as Row | undefined) ?? {}, 'ipAddress');
  for (const translation of translations) {
    table.addRow([
      cell(translation, 'id'),
      address(translation.internalIpAddressRecord),
      cell(translation, 'internalIpAddressId'),
      address(translation.customerIpAddressRecord),
      cell(translation, 'customerIpAddressId'),
      cell(translation, 'notes'),
    ]);
  }
  return table;
}

function subnetsTable(subnets: readonly Row[], title: string): Table {
  const table = new Table(['id', 'network identifier', 'cidr', 'note'], { title });
  for (const subnet of subnets) {
    table.addRow([
      cell(subnet, 'id'),
      cell(subnet, 'networkIdentifier'),
      cell(subnet, 'cidr'),
      cell(subnet, 'note'),
    ]);
  }
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'List IPSEC VPN tunnel context details.',
  help:
    'Additional resources can be joined using multiple instances of the include option, for which the following\n' +
    'choices are available.\n\n' +
    'at: address translations\nis: internal subnets\nrs: remote subnets\nsr: statically routed subnets\n' +
    'ss: service subnets',
  arguments: [{ name: 'context_id' }],
  options: [
    {
      flags: '-i, --include <include>',
      description: 'Include additional resources',
      choices: Object.keys(INCLUDES),
      multiple: true,
    },
  ],
  async run(context, { args, options }) {
    const contextId = idArgument(args.context_id, 'CONTEXT_ID');
    const include = list(options.include) as Include[];
    const joined = (Object.keys(INCLUDES) as Include[])
      .filter((key) => include.includes(key))
      .map((key) => INCLUDES[key].mask);
    const mask = `[mask[${[...CONTEXT_PROPERTIES, ...joined].join(',')}]]`;
    const manager = await context.manager('IpsecManager');
    const tunnel = (await manager.getTunnelContext(contextId, { mask })) as Row;
    context.print(contextTable(tunnel));
    for (const key of include) {
      const rows = (tunnel[INCLUDES[key].property] as Row[] | undefined) ?? [];
      context.print(key === 'at' ? translationsTable(rows) : subnetsTable(rows, INCLUDES[key].title));
    }
  },
});

export default command;
