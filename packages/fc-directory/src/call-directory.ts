import { TransportError, type XmlRpcCallOptions, xmlRpcCall } from '@sl/transport';
import { type XmlRpcDecoded, XmlRpcFault, type XmlRpcValue } from '@sl/xmlrpc-codec';
import { DirectoryFaultError, DirectoryRequestError } from './directory-error';

/** Everything one directory call needs; built by the client from its options. */
export interface DirectoryCallOptions {
  url: string;
  project: string;
  apiKey: string;
  methodName: string;
  params: readonly XmlRpcValue[];
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  headers?: Record<string, string> | undefined;
  userAgent?: string | undefined;
  dispatcher?: XmlRpcCallOptions['dispatcher'];
}

/**
 * One XML-RPC call to the directory through `@sl/transport`, with HTTP basic auth (project, API key).
 * Faults become {@link DirectoryFaultError}; everything else that fails becomes {@link DirectoryRequestError}
 * (`FC_UNAUTHORIZED` for HTTP 401/403, `FC_ABORTED`, `FC_REQUEST_FAILED`). The API key is never in a message.
 */
export async function callDirectory(options: DirectoryCallOptions): Promise<XmlRpcDecoded> {
  const method = options.methodName;
  try {
    const response = await xmlRpcCall({
      url: options.url,
      methodName: method,
      params: options.params,
      basicAuth: { username: options.project, password: options.apiKey },
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    return response.value;
  } catch (error) {
    throw toDirectoryError(method, options.project, error);
  }
}

function toDirectoryError(method: string, project: string, error: unknown): Error {
  if (error instanceof XmlRpcFault) {
    return new DirectoryFaultError(method, error.faultCode, error.faultString, error);
  }
  if (TransportError.isInstance(error)) {
    const transportError = error as TransportError;
    const status = transportError.status;
    if (status === 401 || status === 403) {
      return new DirectoryRequestError(
        'FC_UNAUTHORIZED',
        method,
        `${method}(): the directory refused the credentials of project '${project}' (HTTP ${status}); check the project name and API key`,
        { status, cause: error },
      );
    }
    if (transportError.code === 'SL_ABORTED') {
      return new DirectoryRequestError('FC_ABORTED', method, `${method}(): aborted by the caller`, {
        cause: error,
      });
    }
    return new DirectoryRequestError(
      'FC_REQUEST_FAILED',
      method,
      `${method}(): ${transportError.message}`,
      status === 0 ? { cause: error } : { status, cause: error },
    );
  }
  return new DirectoryRequestError('FC_REQUEST_FAILED', method, `${method}(): ${String(error)}`, {
    cause: error,
  });
}
