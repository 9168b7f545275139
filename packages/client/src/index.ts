export {
  API_PRIVATE_ENDPOINT,
  API_PRIVATE_ENDPOINT_REST,
  API_PUBLIC_ENDPOINT,
  API_PUBLIC_ENDPOINT_REST,
  AuthenticationError,
  createRestTransport,
  createXmlRpcTransport,
  type DebugCall,
  type DebugTransport,
  InvalidParameterError,
  MethodNotFoundError,
  ObjectNotFoundError,
  RateLimitError,
  reproduce,
  SoftLayerAPIError,
  SoftLayerError,
  type Transport,
  TransportError,
  type TransportRequest,
  type TransportResponse,
  withDebug,
} from '@sl/transport';
export {
  type CallMask,
  type CallOptions,
  type IterCallOptions,
  isMarkedCallOptions,
  type MarkedCallOptions,
  withOptions,
} from './call-options';
export { type ClientOptions, createClient, type SoftLayerClient, type ValidatedCall } from './create-client';
export {
  type ClientFromEnvOptions,
  type ClosableClient,
  createClientFromEnv,
} from './create-client-from-env';
export { type ListResult, toListResult } from './list-result';
export { lookup } from './lookup';
export { type IsMaskSelection, isMaskSelection } from './mask-selection';
export { parseIni } from './parse-ini';
export { type ClientSettings, readClientSettings, type SettingsSources } from './read-client-settings';
export { toServiceName } from './service-name';
export type { ServiceBase, ServiceProxy } from './service-proxy';
export { listPropertyOf, withStableOrder } from './stable-order';
export type {
  AsResult,
  CallArgs,
  CallItem,
  CallOptionsArgument,
  CallResult,
  MaskCheck,
  MaskedCallItem,
  MaskedCallResult,
  MethodNameInput,
  ResolveService,
  ServiceNameInput,
} from './typed-api';
export { ValidationError } from './validation-error';
