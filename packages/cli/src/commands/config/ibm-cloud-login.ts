import { spawn } from 'node:child_process';
import type { IamTokens, IbmCloudAccount, IbmCloudEndpoints } from '@sl/auth';
import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';

/** What the IBMid and SSO logins need besides prompts. */
export interface IbmCloudLoginOptions {
  endpointUrl: string;
  /** --account: the account's guid or its classic (IMS) account id; asked for when several and absent. */
  account?: string;
}

/** IAM and accounts API base URLs: IBM Cloud's, or `SL_IAM_ENDPOINT` / `SL_ACCOUNTS_ENDPOINT` (tests, proxies). */
export function ibmCloudEndpoints(env: NodeJS.ProcessEnv): IbmCloudEndpoints {
  return {
    ...(env.SL_IAM_ENDPOINT ? { iamUrl: env.SL_IAM_ENDPOINT } : {}),
    ...(env.SL_ACCOUNTS_ENDPOINT ? { accountsUrl: env.SL_ACCOUNTS_ENDPOINT } : {}),
  };
}

async function ask(
  context: CommandContext,
  flag: string | undefined,
  question: string,
  hidden = false,
): Promise<string> {
  const answer = (flag ?? (await context.ask(question, undefined, { hidden })) ?? '').trim();
  if (answer === '') throw new CliError(`Aborted: ${question} is needed.`);
  return answer;
}

/** The account to use: the only one, the one --account names, or the one picked from a numbered list. */
async function chooseAccount(
  context: CommandContext,
  accounts: IbmCloudAccount[],
  wanted: string | undefined,
): Promise<IbmCloudAccount> {
  if (accounts.length === 0) throw new CliError('Error: this IBM Cloud login has no accounts.');
  let chosen: IbmCloudAccount | undefined;
  if (wanted !== undefined) {
    chosen = accounts.find((account) => account.guid === wanted || account.imsAccountId === wanted);
    if (!chosen) throw new CliError(`Error: no account '${wanted}' among this login's accounts.`);
  } else if (accounts.length === 1) {
    chosen = accounts[0];
  } else {
    context.out('Select an Account...\n');
    accounts.forEach((account, index) => {
      context.out(`${index + 1}: ${account.name} (${account.imsAccountId ?? 'Unlinked'})\n`);
    });
    const answer = (await context.ask('Enter a number')) ?? '';
    const number = /^\d+$/.test(answer.trim()) ? Number(answer.trim()) : Number.NaN;
    chosen = accounts[number - 1];
    if (!chosen)
      throw new CliError(`Error: '${answer.trim()}' is not a number from 1 to ${accounts.length}.`);
  }
  context.out(`Using account ${chosen?.name}\n`);
  return chosen as IbmCloudAccount;
}

/**
 * From first IAM tokens to a classic infrastructure username and API key: pick the account, refresh the token
 * for it, then read the user (`Account::getCurrentUser` with the bearer token) and take their first API key or
 * create one.
 */
async function classicKeyFromTokens(
  context: CommandContext,
  tokens: IamTokens,
  options: IbmCloudLoginOptions,
  endpoints: IbmCloudEndpoints,
): Promise<{ username: string; apiKey: string }> {
  const { createBearerAuth, listIbmCloudAccounts, refreshIamTokenForAccount } = await import('@sl/auth');
  const { createClientFromEnv } = await import('@sl/client');
  const account = await chooseAccount(
    context,
    await listIbmCloudAccounts(tokens.accessToken, endpoints),
    options.account,
  );
  if (!tokens.refreshToken) throw new CliError('Error: IAM answered without a refresh token.', 1);
  const scoped = await refreshIamTokenForAccount(
    {
      refreshToken: tokens.refreshToken,
      account: account.guid,
      ...(account.imsAccountId ? { imsAccount: account.imsAccountId } : {}),
    },
    endpoints,
  );
  const client = createClientFromEnv({
    env: {},
    systemConfigFile: false,
    endpointUrl: options.endpointUrl,
    auth: createBearerAuth({ token: scoped.accessToken }),
  });
  try {
    const user = await client.call('Account', 'getCurrentUser', {
      mask: 'mask[id,username,apiAuthenticationKeys]',
    });
    const username = String(user.username ?? '');
    const keys = (user.apiAuthenticationKeys ?? []) as Array<{ authenticationKey?: string }>;
    const existing = keys[0]?.authenticationKey;
    if (existing) return { username, apiKey: existing };
    context.out(`Creating a Classic Infrastructure API key for ${username}\n`);
    const apiKey = String(
      await client.call('User_Customer', 'addApiAuthenticationKey', { id: Number(user.id) }),
    );
    return { username, apiKey };
  } finally {
    await client.close();
  }
}

/** `-a ibmid`: an IBMid (email) and password through IAM's password grant. */
export async function ibmIdLogin(
  context: CommandContext,
  flags: { username?: string; password?: string },
  options: IbmCloudLoginOptions,
): Promise<{ username: string; apiKey: string }> {
  const { loginWithIbmId } = await import('@sl/auth');
  const endpoints = ibmCloudEndpoints(context.io.env);
  const email = await ask(context, flags.username, 'Email');
  const password = await ask(context, flags.password, 'Password', true);
  const tokens = await loginWithIbmId({ username: email, password }, endpoints);
  return classicKeyFromTokens(context, tokens, options, endpoints);
}

/** Opens `url` in the default browser, detached; failures are ignored (the URL was printed). */
function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The URL is on the screen; opening it is a convenience.
  }
}

/** `-a sso`: a one-time passcode from IAM's passcode page (its URL from IAM's OpenID configuration). */
export async function ssoLogin(
  context: CommandContext,
  flags: { passcode?: string },
  options: IbmCloudLoginOptions,
): Promise<{ username: string; apiKey: string }> {
  const { getPasscodeUrl, loginWithPasscode } = await import('@sl/auth');
  const endpoints = ibmCloudEndpoints(context.io.env);
  const passcodeUrl = await getPasscodeUrl(endpoints);
  context.out(`Get a one-time code from ${passcodeUrl} to proceed.\n`);
  const { stdin, stdout } = context.io;
  if (flags.passcode === undefined && stdin.isTTY && stdout.isTTY) {
    if (await context.confirm('Open the URL in the default browser?', true)) openBrowser(passcodeUrl);
  }
  const passcode = await ask(context, flags.passcode, 'One-time code', true);
  const tokens = await loginWithPasscode(passcode, endpoints);
  return classicKeyFromTokens(context, tokens, options, endpoints);
}
