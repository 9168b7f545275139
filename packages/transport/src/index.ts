export {
  ApplicationError,
  AuthenticationError,
  InternalServerError,
  InvalidCharacterError,
  InvalidMethodParametersError,
  InvalidParameterError,
  MethodNotFoundError,
  NotWellFormedError,
  ObjectNotFoundError,
  RateLimitError,
  RemoteSystemError,
  RemoteTransportError,
  SoftLayerAPIError,
  SpecViolationError,
  UnsupportedEncodingError,
  XmlRpcParseError,
  XmlRpcServerError,
} from './api-errors';
export { buildRestRequest, type RestWireRequest, restVerb } from './build-rest-request';
export { buildXmlRpcRequest, type XmlRpcWireRequest } from './build-xml-rpc-request';
export { classifyFailure, type FailureClass } from './classify-failure';
export { type ConnectionOptions, createDispatcher } from './create-dispatcher';
export { createFixtureTransport, type Fixture } from './create-fixture-transport';
export { createRestTransport } from './create-rest-transport';
export { createXmlRpcTransport } from './create-xml-rpc-transport';
export {
  API_PRIVATE_ENDPOINT,
  API_PRIVATE_ENDPOINT_REST,
  API_PUBLIC_ENDPOINT,
  API_PUBLIC_ENDPOINT_REST,
  isRestEndpoint,
  USER_AGENT,
} from './endpoints';
export type { HttpTransport, HttpTransportOptions } from './http-transport';
export { isSafeToRepeat } from './is-safe-to-repeat';
export { mapFault, rateLimitFromBody } from './map-fault';
export { redactRequest, redactResult, redactValue } from './redact';
export { reproduce } from './reproduce';
export { createRetryBudget, type RetryBudget, type RetryBudgetOptions } from './retry-budget';
export { type HttpRequestOptions, type HttpResponse, sendHttpRequest } from './send-http-request';
export { SoftLayerError, type SoftLayerErrorOptions } from './soft-layer-error';
export { fromTaggedJson, toTaggedJson } from './tagged-json';
export { parseRetryAfter, TransportError, type TransportErrorOptions } from './transport-error';
export type {
  LegacyObjectMask,
  RetryEvent,
  Transport,
  TransportCredentials,
  TransportRequest,
  TransportResponse,
} from './transport-request';
export { type DebugCall, type DebugTransport, withDebug } from './with-debug';
export { type RecordingOptions, recordingFileName, withRecording } from './with-recording';
export { type RetryOptions, withRetry } from './with-retry';
export { type CallTiming, type TimingTransport, withTiming } from './with-timing';
export { type XmlRpcCallOptions, type XmlRpcCallResult, xmlRpcCall } from './xml-rpc-call';
