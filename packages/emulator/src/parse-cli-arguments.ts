import { EmulatorError } from './errors';
import { FAULT_KINDS, type InjectedFaultKind } from './fault-injection';
import type { EmulatorOptions } from './start-emulator';

export const CLI_USAGE: string = `Usage: sl-emulator [options]

A local SoftLayer API (XML-RPC and REST) on 127.0.0.1 with a generated account.

Options:
  --port N               port to listen on (default: any free port)
  --seed N               seed of the generated account (default 1)
  --guests N             virtual guests (default 60; 100000 works)
  --hardware N           bare metal servers (default 8)
  --domains N            DNS zones (default 5)
  --tickets N            support tickets (default 12)
  --ssh-keys N           SSH keys (default 4)
  --images N             private image templates (default 6)
  --users N              users (default 4)
  --invoices N           invoices (default 12)
  --storage-volumes N    block and file storage volumes (default 12, about half each)
  --load-balancers N     IBM Cloud Load Balancers with listeners and members (default 3)
  --security-groups N    security groups with rules, some bound to guests (default 3)
  --username NAME        the demo user's name
  --api-key KEY          the demo user's API key
  --state FILE           keep the account in FILE and FILE.journal: every change is on disk
                         (fsync) before its answer; reloaded on start
  --journal-compact-bytes N
                         fold the journal into FILE past N bytes (default 16777216)
  --provisioning-ms N    how long a new guest provisions (default 30000)
  --reload-ms N          how long an OS reload takes (default 20000)
  --rate-limit N         requests per second per user (default 50; 0 = off)
  --fault-latency-ms N   latency added to every API request
  --fault-rate P         probability 0..1 that an API request fails
  --fault-kinds LIST     comma list of ${FAULT_KINDS.join(', ')} (default all)
  --fc-project NAME      Flying Circus directory project (default demo-project)
  --fc-api-key KEY       Flying Circus directory API key (default random)
  -h, --help             show this help`;

const INTEGER_OPTIONS: Record<string, keyof EmulatorOptions> = {
  '--port': 'port',
  '--seed': 'seed',
  '--guests': 'guests',
  '--hardware': 'hardware',
  '--domains': 'domains',
  '--tickets': 'tickets',
  '--ssh-keys': 'sshKeys',
  '--images': 'images',
  '--users': 'users',
  '--invoices': 'invoices',
  '--storage-volumes': 'storageVolumes',
  '--load-balancers': 'loadBalancers',
  '--security-groups': 'securityGroups',
  '--provisioning-ms': 'provisioningMs',
  '--reload-ms': 'reloadMs',
  '--rate-limit': 'rateLimit',
  '--fault-latency-ms': 'faultLatencyMs',
  '--journal-compact-bytes': 'journalCompactBytes',
};

const STRING_OPTIONS: Record<string, 'username' | 'apiKey' | 'stateFile' | 'fcProject' | 'fcApiKey'> = {
  '--username': 'username',
  '--api-key': 'apiKey',
  '--state': 'stateFile',
  '--fc-project': 'fcProject',
  '--fc-api-key': 'fcApiKey',
};

function invalid(message: string): EmulatorError {
  return new EmulatorError('EMULATOR_INVALID_OPTION', `${message}\n\n${CLI_USAGE}`);
}

/** Parses `sl-emulator` arguments (`--name value` or `--name=value`); `help: true` for -h/--help. */
export function parseCliArguments(argv: readonly string[]): { options: EmulatorOptions; help: boolean } {
  const options: Record<string, unknown> = {};
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '-h' || argument === '--help') {
      help = true;
      continue;
    }
    const [name = '', inline] = argument.split(/=(.*)/s, 2);
    const needValue = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw invalid(`${name} needs a value`);
      index += 1;
      return next;
    };
    const integerKey = INTEGER_OPTIONS[name];
    const stringKey = STRING_OPTIONS[name];
    if (integerKey) {
      const text = needValue();
      if (!/^\d+$/.test(text)) throw invalid(`${name} must be a non-negative integer, got "${text}"`);
      options[integerKey] = Number(text);
    } else if (stringKey) {
      options[stringKey] = needValue();
    } else if (name === '--fault-rate') {
      const text = needValue();
      const rate = Number(text);
      if (text.trim() === '' || !(rate >= 0 && rate <= 1))
        throw invalid(`--fault-rate must be between 0 and 1, got "${text}"`);
      options.faultRate = rate;
    } else if (name === '--fault-kinds') {
      const kinds = needValue()
        .split(',')
        .map((kind) => kind.trim())
        .filter(Boolean);
      for (const kind of kinds) {
        if (!FAULT_KINDS.includes(kind as InjectedFaultKind)) throw invalid(`unknown fault kind "${kind}"`);
      }
      options.faultKinds = kinds;
    } else {
      throw invalid(`unknown option "${argument}"`);
    }
  }
  return { options: options as EmulatorOptions, help };
}
