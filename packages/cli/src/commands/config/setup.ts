import { chmodSync, writeFileSync } from 'node:fs';
import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { configPath, configTable, readConfigText, updateIni } from './config-file';
import { ibmIdLogin, ssoLogin } from './ibm-cloud-login';
import { resolveApiKey } from './resolve-api-key';

const ENDPOINTS: Readonly<Record<string, string>> = {
  public: 'https://api.softlayer.com/xmlrpc/v3.1/',
  private: 'https://api.service.softlayer.com/xmlrpc/v3.1/',
};

/** A value from its flag, else asked (with the current value as default); required ones stop the command when absent. */
async function value(
  context: CommandContext,
  flag: string | undefined,
  question: string,
  fallback: string,
  options: { hidden?: boolean; required?: boolean } = {},
): Promise<string> {
  if (flag !== undefined) return flag;
  const answer = (await context.ask(question, fallback || undefined, options)) ?? fallback;
  if (options.required && answer.trim() === '') throw new CliError(`Aborted: ${question} is needed.`);
  return answer.trim();
}

const command: CommandSpec = defineCommand({
  name: 'setup',
  description: 'Setup the ~/.softlayer file with username and apikey.',
  help: `[Auth Types]
ibmid: Requires your cloud.ibm.com username (email) and password, and generates a classic infrastructure API key.
classic_key: A 64 character API key used in the Softlayer/Classic Infrastructure systems (or your portal password:
             your API key is then looked up, or created).
cloud_key: A 32 character API key. Username will be 'apikey'.
sso: For users with @ibm.com email addresses: a one-time code from IBM Cloud IAM's passcode page.

ibmid and sso talk to IBM Cloud IAM and the accounts API (SL_IAM_ENDPOINT and SL_ACCOUNTS_ENDPOINT override
their URLs), pick the account (--account: its id or classic account id, when there are several), then read the
user's classic API key (one is created when there is none).

Every value is asked for unless given as a flag (for scripts: --username, --api-key, --password, --passcode, --account,
--endpoint, --timeout, --theme,
and -y to skip the last confirmation). The file is written with mode 0600.`,
  options: [
    {
      flags: '-a, --auth <type>',
      description: 'Select a method of authentication.',
      choices: ['ibmid', 'cloud_key', 'classic_key', 'sso'],
      default: 'classic_key',
    },
    { flags: '--username <username>', description: 'Classic Infrastructure username (ibmid: your email)' },
    { flags: '--api-key <key>', description: 'Classic Infrastructure API key (or portal password)' },
    { flags: '--password <password>', description: 'ibmid: your IBMid password' },
    { flags: '--passcode <code>', description: 'sso: the one-time code' },
    { flags: '--account <id>', description: 'ibmid/sso: the account id or classic account id to use' },
    { flags: '--endpoint <endpoint>', description: 'public, private, or an endpoint URL' },
    { flags: '--timeout <seconds>', description: 'Timeout in seconds (0: none)', integer: true },
    { flags: '--theme <theme>', description: 'Theme (dark/light)' },
  ],
  async run(context, { options }) {
    const { createClientFromEnv, readClientSettings, parseIni } = await import('@sl/client');
    const path = configPath(context.options.config, context.io.env);
    const currentText = readConfigText(path);
    const current = readClientSettings({ env: {}, configFile: path, systemConfigFile: false });
    const currentTheme = parseIni(currentText).softlayer?.theme ?? 'dark';

    const endpointChoice = await value(
      context,
      text(options.endpoint),
      'Endpoint (public|private|custom)',
      current.endpointUrl ?? 'public',
    );
    let endpointUrl = ENDPOINTS[endpointChoice.toLowerCase()] ?? endpointChoice;
    if (endpointChoice.toLowerCase() === 'custom') {
      endpointUrl = await value(context, undefined, 'Endpoint URL', current.endpointUrl ?? '', {
        required: true,
      });
    }
    const auth = text(options.auth) ?? 'classic_key';
    const login = {
      endpointUrl,
      ...(text(options.account) ? { account: text(options.account) as string } : {}),
    };
    const fromCloud =
      auth === 'ibmid'
        ? await ibmIdLogin(
            context,
            {
              ...(text(options.username) !== undefined ? { username: text(options.username) as string } : {}),
              ...(text(options.password) !== undefined ? { password: text(options.password) as string } : {}),
            },
            login,
          )
        : auth === 'sso'
          ? await ssoLogin(
              context,
              text(options.passcode) !== undefined ? { passcode: text(options.passcode) as string } : {},
              login,
            )
          : undefined;
    const { username, apiKey } = fromCloud ?? (await classicLogin());
    async function classicLogin(): Promise<{ username: string; apiKey: string }> {
      const username =
        auth === 'cloud_key'
          ? 'apikey'
          : await value(
              context,
              text(options.username),
              'Classic Infrastructure Username',
              current.username ?? '',
              {
                required: true,
              },
            );
      const secret = await value(
        context,
        text(options.apiKey),
        'Classic Infrastructure API Key',
        current.apiKey ?? '',
        {
          hidden: true,
          required: true,
        },
      );
      const client = createClientFromEnv({
        env: {},
        systemConfigFile: false,
        endpointUrl,
        username,
        apiKey: secret,
      });
      try {
        return { username, apiKey: await resolveApiKey(client, username, secret) };
      } finally {
        await client.close();
      }
    }
    const timeoutText = await value(
      context,
      integer(options.timeout)?.toString(),
      'Timeout',
      String((current.timeoutMs ?? 0) / 1000),
    );
    const timeout = Math.trunc(Number(timeoutText));
    if (!Number.isFinite(timeout) || timeout < 0)
      throw new CliError(`Error: Timeout must be seconds, got '${timeoutText}'.`);
    const theme = await value(context, text(options.theme), 'Theme (dark/light)', currentTheme);

    context.print(configTable({ username, apiKey, endpointUrl, timeout, theme }));
    if (!(await context.confirm(`Are you sure you want to write settings to "${path}"?`, true))) {
      throw new CliError('Aborted.');
    }
    const updated = updateIni(currentText, {
      username,
      api_key: apiKey,
      endpoint_url: endpointUrl,
      timeout: String(timeout),
      theme,
    });
    writeFileSync(path, updated, { mode: 0o600 });
    chmodSync(path, 0o600);
    return 'Configuration Updated Successfully';
  },
});

export default command;
