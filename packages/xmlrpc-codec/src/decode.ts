import {
  type DocumentText,
  type DocumentTextFailure,
  documentFromBytes,
  documentFromString,
} from './document-text';
import { XmlRpcDecodeError, XmlRpcFault } from './errors';
import { type ExpectedMessage, XmlRpcScanner } from './scanner';
import type { DecodeOptions, XmlRpcDecoded, XmlRpcMessage } from './types';

/** The default `maxBytes`: 128 MiB. */
export const DEFAULT_MAX_BYTES: number = 128 * 1024 * 1024;

function wholeInputError(reason: string): XmlRpcDecodeError {
  return new XmlRpcDecodeError(reason, { line: 0, column: 0, path: '' });
}

function tooLarge(maxBytes: number): XmlRpcDecodeError {
  return wholeInputError(`the document is larger than maxBytes (${maxBytes} bytes)`);
}

/** Checks the size limit and prepares the document for the scanner. */
function documentOf(input: string | Uint8Array, maxBytes: number): DocumentText {
  let document: DocumentText | DocumentTextFailure;
  if (typeof input === 'string') {
    // UTF-8 needs at least one byte per UTF-16 unit and at most three: count exactly only near the limit.
    if (
      input.length > maxBytes ||
      (input.length * 3 > maxBytes && Buffer.byteLength(input, 'utf8') > maxBytes)
    ) {
      throw tooLarge(maxBytes);
    }
    document = documentFromString(input);
  } else {
    if (!(input instanceof Uint8Array)) throw wholeInputError('the input must be a string or a Uint8Array');
    if (input.byteLength > maxBytes) throw tooLarge(maxBytes);
    document = documentFromBytes(input);
  }
  if ('text' in document) return document;
  throw new XmlRpcDecodeError(document.reason, { line: document.line, column: document.column, path: '' });
}

function decodeAs(
  input: string | Uint8Array,
  expected: ExpectedMessage,
  options: DecodeOptions = {},
): XmlRpcMessage {
  const document = documentOf(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return new XmlRpcScanner(document, options).document(expected);
}

/** Decodes any XML-RPC document: a call, a response (all its params) or a fault (returned, not thrown). */
export function decodeXmlRpcMessage(input: string | Uint8Array, options?: DecodeOptions): XmlRpcMessage {
  return decodeAs(input, 'any', options);
}

/**
 * Decodes a `<methodResponse>` and returns its single param. Throws `XmlRpcFault` for a fault response and
 * `XmlRpcDecodeError` for anything malformed (including a response with no param or several).
 */
export function decodeMethodResponse(input: string | Uint8Array, options?: DecodeOptions): XmlRpcDecoded {
  const message = decodeAs(input, 'response', options);
  if (message.kind === 'fault') throw new XmlRpcFault(message.faultCode, message.faultString);
  if (message.kind !== 'response' || message.params.length !== 1) {
    throw wholeInputError(`a method response must carry exactly one param, found ${message.params.length}`);
  }
  return message.params[0]!;
}

/** Decodes a `<methodCall>`: its method name and params. */
export function decodeMethodCall(
  input: string | Uint8Array,
  options?: DecodeOptions,
): { methodName: string; params: XmlRpcDecoded[] } {
  const message = decodeAs(input, 'call', options);
  if (message.kind !== 'call') throw wholeInputError('expected a <methodCall>');
  return { methodName: message.methodName, params: message.params };
}

/**
 * Decodes a response arriving in chunks (an HTTP body, a file stream). The chunks are collected — the size limit is
 * enforced as they arrive, and the stream is abandoned as soon as it is exceeded — then scanned in one pass, which
 * is faster than an incremental parser. String chunks are taken as already-decoded text; when strings and bytes are
 * mixed, strings count as UTF-8. Errors thrown by the stream itself propagate unchanged.
 */
export async function decodeMethodResponseStream(
  chunks: AsyncIterable<Uint8Array | string>,
  options?: DecodeOptions,
): Promise<XmlRpcDecoded> {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  const parts: Array<Uint8Array | string> = [];
  let total = 0;
  let allText = true;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') total += chunk.length;
    else if (chunk instanceof Uint8Array) {
      total += chunk.byteLength;
      allText = false;
    } else throw wholeInputError('a stream chunk must be a string or a Uint8Array');
    if (total > maxBytes) throw tooLarge(maxBytes);
    parts.push(chunk);
  }
  if (allText) return decodeMethodResponse(parts.join(''), options);
  const buffers = parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
  return decodeMethodResponse(buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers), options);
}
