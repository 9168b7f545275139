import type { SoftLayerClient } from '@sl/client';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import type { OptionSpec, OptionValue } from '../define-command';
import { resolveId } from './resolve-id';

// What the `create` commands that order a server (`vs create`, `hw create`) share: reading their options (given,
// from a template or asked for), the SSH keys by name or id, and the warning and question before an order.

/** `--billing` of a server or package order: hourly unless told. */
export const HOURLY_BILLING_OPTION: OptionSpec = {
  flags: '--billing <rate>',
  description: 'Billing rate',
  choices: ['hourly', 'monthly'],
  default: 'hourly',
};

/** `-t, --template`: a file whose options default the command line's. */
export const TEMPLATE_OPTION: OptionSpec = {
  flags: '-t, --template <file>',
  description: 'A template file that defaults the command-line options',
};

/** `--export`: writes the options to a template file instead of ordering. */
export const EXPORT_OPTION: OptionSpec = {
  flags: '--export <file>',
  description: 'Exports options to a template file',
};

/** `--router-public`, `--router-private`: the routers a new server is placed behind. */
export const ROUTER_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '--router-public <id>',
    description: 'The ID of the public ROUTER on which you want the virtual server placed',
    integer: true,
  },
  {
    flags: '--router-private <id>',
    description: 'The ID of the private ROUTER on which you want the virtual server placed',
    integer: true,
  },
];

/** click's `prompt=True` for a required option: ask once; no input at all aborts (exit 1, as click's `Abort`). */
export async function askFor(
  context: CommandContext,
  question: string,
  defaultAnswer?: string,
): Promise<string> {
  const answer = await context.ask(question, defaultAnswer);
  if (answer === undefined) throw new CliError('Aborted!', 1);
  return answer;
}

export const asText = (value: OptionValue): string | undefined =>
  value === undefined || value === null || value === false ? undefined : String(value);

export const asList = (value: OptionValue): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined || value === false ? [] : [String(value)];

/** An integer option (a template gives text); `Error: 'x' is not a valid integer.` otherwise. */
export const asNumber = (value: OptionValue): number | undefined => {
  const text = asText(value);
  if (text === undefined || text === '') return undefined;
  if (!/^[-+]?\d+$/.test(text)) throw new CliError(`Error: '${text}' is not a valid integer.`);
  return Number.parseInt(text, 10);
};

/** The options given on the command line: absent ones and empty lists left out (a template fills those). */
export function givenOptions(options: Record<string, OptionValue>): Record<string, OptionValue> {
  return Object.fromEntries(
    Object.entries(options).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** The ids of SSH keys given by id or label (slcli's `resolve_id(…, 'SshKey')` for each). */
export async function sshKeyIds(client: SoftLayerClient, keys: readonly string[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const { SshKeyManager } = await import('@sl/managers/ssh-key-manager');
  const manager = new SshKeyManager(client);
  const ids: number[] = [];
  for (const key of keys) ids.push(await resolveId((name) => manager.resolveIds(name), key, 'SshKey'));
  return ids;
}

/**
 * Before an order: a warning for each pod of the datacenter that closes soon, then slcli's question (`-y` answers
 * it); `abort` when the answer is no.
 */
export async function confirmOrder(
  context: CommandContext,
  client: SoftLayerClient,
  datacenter: string,
  abort: string,
): Promise<void> {
  const { NetworkManager } = await import('@sl/managers/network-manager');
  for (const pod of await new NetworkManager(client).getClosedPods()) {
    if (String(pod.name).includes(datacenter)) context.out(`Warning: Closed soon: ${pod.name}\n`);
  }
  if (!(await context.confirm('This action will incur charges on your account. Continue?'))) {
    throw new CliError(abort);
  }
}
