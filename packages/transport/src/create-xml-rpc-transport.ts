import { XmlRpcEncodeError, XmlRpcFault } from '@sl/xmlrpc-codec';
import { attemptTimeout } from './attempt-timeout';
import { buildXmlRpcRequest } from './build-xml-rpc-request';
import { createDispatcher } from './create-dispatcher';
import { API_PUBLIC_ENDPOINT, USER_AGENT } from './endpoints';
import { type HttpTransport, type HttpTransportOptions, readTotalCount } from './http-transport';
import { mapFault, rateLimitFromBody } from './map-fault';
import { SoftLayerError } from './soft-layer-error';
import { TransportError } from './transport-error';
import type { TransportRequest, TransportResponse } from './transport-request';
import { type XmlRpcCallOptions, xmlRpcCall } from './xml-rpc-call';

/**
 * The SoftLayer XML-RPC transport (the reference's default) on a keep-alive undici pool. Faults become
 * `SoftLayerAPIError` subclasses (`mapFault`), HTTP and network failures `TransportError`, values the codec
 * cannot send `SoftLayerError` with code `SL_ENCODE`.
 */
export function createXmlRpcTransport(options: HttpTransportOptions = {}): HttpTransport {
  const endpointUrl = options.endpointUrl || API_PUBLIC_ENDPOINT;
  const ownDispatcher = options.dispatcher ? undefined : createDispatcher(options);
  const dispatcher = options.dispatcher ?? ownDispatcher;
  const userAgent = options.userAgent ?? USER_AGENT;

  async function send(request: TransportRequest): Promise<TransportResponse> {
    const wire = buildXmlRpcRequest(request, endpointUrl);
    try {
      const timeoutMs = attemptTimeout(request, options.timeoutMs);
      const call: XmlRpcCallOptions = {
        url: wire.url,
        methodName: wire.methodName,
        params: wire.params,
        headers: wire.httpHeaders,
        userAgent,
        request,
        compress: request.compress !== false,
      };
      if (wire.basicAuth) call.basicAuth = wire.basicAuth;
      if (request.signal) call.signal = request.signal;
      if (timeoutMs) call.timeoutMs = timeoutMs;
      if (dispatcher) call.dispatcher = dispatcher;
      const result = await xmlRpcCall(call);
      const totalCount = readTotalCount(result.headers);
      return {
        value: result.value,
        status: result.status,
        headers: result.headers,
        ...(totalCount === undefined ? {} : { totalCount }),
      };
    } catch (error) {
      if (error instanceof XmlRpcFault) {
        throw mapFault(error.faultCode, error.faultString, { request, cause: error });
      }
      if (error instanceof TransportError && error.code === 'SL_HTTP' && error.responseText) {
        throw rateLimitFromBody(error.responseText, { request, cause: error }) ?? error;
      }
      if (error instanceof XmlRpcEncodeError) {
        throw new SoftLayerError(`${request.service}::${request.method}: ${error.message}`, {
          code: 'SL_ENCODE',
          request,
          cause: error,
        });
      }
      throw error;
    }
  }

  return Object.assign(send, {
    protocol: 'xmlrpc' as const,
    endpointUrl,
    close: async (): Promise<void> => {
      await ownDispatcher?.close();
    },
  });
}
