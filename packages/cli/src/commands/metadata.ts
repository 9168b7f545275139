import { CliError } from '../cli-error';
import { type CommandSpec, defineCommand, text } from '../define-command';
import { KeyValueTable, Listing } from '../output/table';

const CHOICES = [
  'backend_ip',
  'backend_mac',
  'datacenter',
  'datacenter_id',
  'fqdn',
  'frontend_mac',
  'id',
  'ip',
  'network',
  'provision_state',
  'tags',
  'user_data',
] as const;

/** The choices whose metadata attribute has another name. */
const ATTRIBUTE_OF: Readonly<Record<string, string>> = { backend_ip: 'primary_backend_ip', ip: 'primary_ip' };

/** Where the metadata service is reached instead of its private endpoint (a test against the emulator). */
const ENDPOINT_VARIABLE = 'SL_METADATA_ENDPOINT';

const NOT_CONNECTED =
  'Cannot connect to the backend service address. Make sure this command is being ran from a device on the ' +
  'backend network.';

const choiceList = `{${CHOICES.join('|')}}`;

const command: CommandSpec = defineCommand({
  name: 'metadata',
  description: 'Find details about this machine.',
  help:
    `Find details about the machine making these API calls. Choices: ${CHOICES.join(', ')}.\n\n` +
    'These commands only work on devices on the backend SoftLayer network. This allows for self-discovery for ' +
    'newly provisioned resources. The metadata service is reached at its private REST endpoint without ' +
    `credentials; $${ENDPOINT_VARIABLE} names another endpoint.`,
  arguments: [{ name: 'prop', description: `Choices: ${CHOICES.join(', ')}` }],
  async run(context, { args }) {
    const prop = text(args.prop) ?? '';
    if (!(CHOICES as readonly string[]).includes(prop)) {
      const quoted = CHOICES.map((choice) => `'${choice}'`).join(', ');
      throw new CliError(`Error: Invalid value for '${choiceList}': '${prop}' is not one of ${quoted}.`);
    }
    const [{ MetadataManager }, { TransportError }] = await Promise.all([
      import('@sl/managers/metadata-manager'),
      import('@sl/client'),
    ]);
    const endpointUrl = context.io.env[ENDPOINT_VARIABLE];
    const metadata = new MetadataManager(endpointUrl ? { endpointUrl } : {});
    try {
      if (prop === 'network') {
        const tables = [];
        for (const network of [await metadata.publicNetwork(), await metadata.privateNetwork()]) {
          const table = new KeyValueTable(['name', 'value']);
          table.addRow(['mac addresses', new Listing(network.macAddresses, ',')]);
          table.addRow(['router', network.router]);
          table.addRow(['vlans', new Listing(network.vlans ?? [], ',')]);
          table.addRow(['vlan ids', new Listing(network.vlanIds ?? [], ',')]);
          tables.push(table);
        }
        return tables;
      }
      const value = await metadata.get((ATTRIBUTE_OF[prop] ?? prop) as Parameters<typeof metadata.get>[0]);
      return value ?? undefined;
    } catch (error) {
      if (TransportError.isInstance(error)) throw new CliError(NOT_CONNECTED);
      throw error;
    } finally {
      await metadata.close();
    }
  },
});

export default command;
