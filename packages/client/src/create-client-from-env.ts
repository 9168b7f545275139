import { type Auth, createApiKeyAuth, createBearerAuth, createIamAuth } from '@sl/auth';
import {
  createRestTransport,
  createXmlRpcTransport,
  type HttpTransport,
  type HttpTransportOptions,
  isRestEndpoint,
  type RetryOptions,
  type Transport,
  withRetry,
} from '@sl/transport';
import { type ClientOptions, createClient, type SoftLayerClient } from './create-client';
import { type ClientSettings, readClientSettings, type SettingsSources } from './read-client-settings';

export interface ClientFromEnvOptions
  extends ClientSettings,
    Omit<HttpTransportOptions, 'endpointUrl' | 'timeoutMs' | 'proxy' | 'verify'>,
    Pick<ClientOptions, 'validate' | 'onWarning'>,
    Pick<SettingsSources, 'env' | 'homeDir' | 'configFile' | 'systemConfigFile'> {
  /** Use this auth instead of the username/API key from the settings. */
  auth?: Auth;
  /**
   * An IAM access token to send as `Authorization: Bearer` (when there is no username and API key). Without it,
   * `access_token`/`refresh_token` saved in the config file by the reference's IAM login are used (refreshed
   * through IAM when they expire).
   */
  accessToken?: string;
  /** Use this transport instead of building one from the endpoint. */
  transport?: Transport;
  /**
   * Retry policy of the built transport (`withRetry` of `@sl/transport`; default `{}`: up to 5 retries, for every
   * call after a failure that did not execute it, for calls safe to repeat after one that may have, within a
   * retry budget of this client); `false` for none.
   */
  retry?: RetryOptions | false;
}

/** A client whose transport can be closed (ends its keep-alive connections). */
export interface ClosableClient extends SoftLayerClient {
  close(): Promise<void>;
}

/**
 * A client from options, the environment and the config files (see `readClientSettings` for the precedence).
 * An endpoint containing `/rest` selects REST, anything else XML-RPC (default: the public XML-RPC endpoint).
 * With a username and API key, calls are authenticated with them.
 */
export function createClientFromEnv(options: ClientFromEnvOptions = {}): ClosableClient {
  const { env, homeDir, configFile, systemConfigFile, auth, transport, retry, validate, onWarning } = options;
  const settings = readClientSettings({
    options: {
      ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
      ...(options.username ? { username: options.username } : {}),
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.proxy ? { proxy: options.proxy } : {}),
      ...(options.verify === undefined ? {} : { verify: options.verify }),
      ...(options.accessToken ? { accessToken: options.accessToken } : {}),
    },
    ...(env ? { env } : {}),
    ...(homeDir ? { homeDir } : {}),
    ...(configFile ? { configFile } : {}),
    ...(systemConfigFile === undefined ? {} : { systemConfigFile }),
  });
  let built: HttpTransport | undefined;
  let chosen = transport;
  if (!chosen) {
    const transportOptions: HttpTransportOptions = {
      ...pickConnection(options),
      ...(settings.endpointUrl ? { endpointUrl: settings.endpointUrl } : {}),
      ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
      ...(settings.proxy ? { proxy: settings.proxy } : {}),
      ...(settings.verify === undefined ? {} : { verify: settings.verify }),
    };
    built =
      settings.endpointUrl && isRestEndpoint(settings.endpointUrl)
        ? createRestTransport(transportOptions)
        : createXmlRpcTransport(transportOptions);
    chosen = retry === false ? built : withRetry(built, retry ?? {});
  }
  const chosenAuth =
    auth ??
    (settings.username && settings.apiKey
      ? createApiKeyAuth({ username: settings.username, apiKey: settings.apiKey })
      : settings.accessToken && settings.refreshToken
        ? createIamAuth({ accessToken: settings.accessToken, refreshToken: settings.refreshToken })
        : settings.accessToken
          ? createBearerAuth({ token: settings.accessToken })
          : undefined);
  const client = createClient({
    transport: chosen,
    ...(chosenAuth ? { auth: chosenAuth } : {}),
    ...(validate ? { validate } : {}),
    ...(onWarning ? { onWarning } : {}),
  });
  return Object.assign(client, {
    close: async (): Promise<void> => {
      await built?.close();
    },
  });
}

function pickConnection(options: ClientFromEnvOptions): HttpTransportOptions {
  const { ca, cert, key, connectTimeoutMs, keepAliveTimeoutMs, connections, userAgent, dispatcher } = options;
  return Object.fromEntries(
    Object.entries({
      ca,
      cert,
      key,
      connectTimeoutMs,
      keepAliveTimeoutMs,
      connections,
      userAgent,
      dispatcher,
    }).filter(([, value]) => value !== undefined),
  ) as HttpTransportOptions;
}
