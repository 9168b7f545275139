import { encodeMethodCall } from '@sl/xmlrpc-codec';
import { buildRestRequest } from './build-rest-request';
import { buildXmlRpcRequest } from './build-xml-rpc-request';
import { isRestEndpoint } from './endpoints';
import type { TransportCredentials, TransportRequest } from './transport-request';

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  __SL_USERNAME__: '$SL_USERNAME',
  __SL_API_KEY__: '$SL_API_KEY',
  __SL_AUTH_TOKEN__: '$SL_AUTH_TOKEN',
  __SL_ACCESS_TOKEN__: '$SL_ACCESS_TOKEN',
  __SL_PASSWORD__: '$SL_PASSWORD',
};

function placeholderCredentials(credentials: TransportCredentials): TransportCredentials {
  switch (credentials.type) {
    case 'apiKey':
      return {
        type: 'apiKey',
        username: credentials.username === 'apikey' ? 'apikey' : '__SL_USERNAME__',
        apiKey: '__SL_API_KEY__',
      };
    case 'portalToken':
      return { ...credentials, authToken: '__SL_AUTH_TOKEN__' };
    case 'basic':
      return { type: 'basic', username: '__SL_USERNAME__', password: '__SL_PASSWORD__' };
    case 'bearer':
      return { type: 'bearer', token: '__SL_ACCESS_TOKEN__' };
  }
}

/** A double-quoted shell word; placeholders stay expandable, everything else is literal. */
function shellWord(text: string): string {
  let quoted = text.replace(/[\\"$`]/g, (char) => `\\${char}`);
  for (const [sentinel, variable] of Object.entries(PLACEHOLDERS))
    quoted = quoted.split(sentinel).join(variable);
  return `"${quoted}"`;
}

/**
 * A runnable `curl` command that sends `request` the way our transport does — REST or XML-RPC (with the XML
 * body) depending on the endpoint. Secrets are never printed: they become `$SL_USERNAME`, `$SL_API_KEY`
 * (and `$SL_AUTH_TOKEN`, `$SL_ACCESS_TOKEN`, `$SL_PASSWORD` for the other kinds of credentials).
 */
export function reproduce(request: TransportRequest, options: { endpoint: string }): string {
  const safe: TransportRequest = { ...request };
  delete safe.signal;
  if (request.credentials) safe.credentials = placeholderCredentials(request.credentials);
  const parts = ['curl', '-sS'];
  let url: string;
  let headers: Record<string, string>;
  let basicAuth: { username: string; password: string } | undefined;
  let body: string | undefined;
  if (isRestEndpoint(options.endpoint)) {
    const wire = buildRestRequest(safe, options.endpoint);
    parts.push('-X', wire.httpMethod);
    ({ url, httpHeaders: headers, basicAuth, body } = wire);
  } else {
    const wire = buildXmlRpcRequest(safe, options.endpoint);
    parts.push('-X', 'POST');
    ({ url, httpHeaders: headers, basicAuth } = wire);
    body = encodeMethodCall(wire.methodName, wire.params, { pretty: true });
  }
  if (basicAuth) parts.push('-u', shellWord(`${basicAuth.username}:${basicAuth.password}`));
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'accept-encoding') parts.push('--compressed');
    else parts.push('-H', shellWord(`${name}: ${value}`));
  }
  if (body !== undefined) parts.push('--data-binary', shellWord(body));
  parts.push(shellWord(url));
  return parts.join(' ');
}
