import { createClientFromEnv, readClientSettings, type SoftLayerClient } from '@sl/client';
import {
  API_PUBLIC_ENDPOINT,
  createRestTransport,
  createXmlRpcTransport,
  type DebugTransport,
  isRestEndpoint,
  withDebug,
  withRetry,
} from '@sl/transport';
import type { GlobalOptions } from './global-options';

/** A client for one run of `sl`, with what `-v` reports and what must be closed at the end. */
export interface Session {
  client: SoftLayerClient;
  /** The endpoint the calls go to (for `-vvv`'s curl). */
  endpoint: string;
  debug: DebugTransport;
  close(): Promise<void>;
}

/**
 * Builds the client the way slcli does (the reference's config precedence, `--proxy`, `-C`), or, with `--demo`,
 * against an emulator started in this process. Every call goes through a debug transport so that `-v` can list
 * them; secrets are redacted there. Loaded only when a command first needs the API (this module is imported
 * lazily; its imports are static so that the binary's bundle keeps only what it uses of the client and transport).
 */
export async function openSession(options: GlobalOptions, env: NodeJS.ProcessEnv): Promise<Session> {
  const demo = options.demo ? await (await import('./demo-account')).startDemoAccount() : undefined;
  const settings = readClientSettings({
    options: {
      ...(options.proxy ? { proxy: options.proxy } : {}),
      ...(demo ? { endpointUrl: demo.endpoint, username: demo.username, apiKey: demo.apiKey } : {}),
    },
    env,
    ...(options.config ? { configFile: options.config } : {}),
  });
  const endpoint = settings.endpointUrl ?? API_PUBLIC_ENDPOINT;
  const httpOptions = {
    endpointUrl: endpoint,
    ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
    ...(settings.proxy ? { proxy: settings.proxy } : {}),
    ...(settings.verify === undefined ? {} : { verify: settings.verify }),
    userAgent: 'sl-cli',
  };
  const http = isRestEndpoint(endpoint)
    ? createRestTransport(httpOptions)
    : createXmlRpcTransport(httpOptions);
  const debug = withDebug(withRetry(http, {}), { limit: 10_000 });
  const client = createClientFromEnv({
    env,
    transport: debug,
    ...(options.config ? { configFile: options.config } : {}),
    ...(demo ? { username: demo.username, apiKey: demo.apiKey } : {}),
  });
  return {
    client,
    endpoint,
    debug,
    close: async () => {
      await http.close();
      await demo?.close();
    },
  };
}
