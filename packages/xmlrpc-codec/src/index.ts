export {
  DEFAULT_MAX_BYTES,
  decodeMethodCall,
  decodeMethodResponse,
  decodeMethodResponseStream,
  decodeXmlRpcMessage,
} from './decode';
export {
  encodeFault,
  encodeFaultBytes,
  encodeMethodCall,
  encodeMethodCallBytes,
  encodeMethodResponse,
  encodeMethodResponseBytes,
} from './encode';
export {
  XmlRpcDecodeError,
  type XmlRpcDecodeErrorLocation,
  XmlRpcEncodeError,
  XmlRpcError,
  XmlRpcFault,
} from './errors';
export { DEFAULT_MAX_DEPTH } from './scanner';
export type {
  DateFormat,
  DecodeOptions,
  EncodeOptions,
  XmlRpcDecoded,
  XmlRpcMessage,
  XmlRpcValue,
} from './types';
export { XmlRpcDouble, xmlRpcDouble } from './xml-rpc-double';
