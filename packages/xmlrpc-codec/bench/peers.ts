import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import {
  Deserializer as FoxgloveDeserializer,
  serializeMethodCall as foxgloveSerializeMethodCall,
} from '@foxglove/xmlrpc';
import { XMLParser } from 'fast-xml-parser';
import type { XmlRpcValue } from '../src/index';

const require = createRequire(import.meta.url);

interface NpmXmlRpcDeserializer {
  deserializeMethodResponse(stream: Readable, callback: (error: unknown, value: unknown) => void): void;
}
interface NpmXmlRpcSerializer {
  serializeMethodCall(method: string, params: unknown[]): string;
}

/** npm `xmlrpc`'s own modules, used in-process without its HTTP client. */
const NpmDeserializer = require('xmlrpc/lib/deserializer') as new () => NpmXmlRpcDeserializer;
const npmSerializer = require('xmlrpc/lib/serializer') as NpmXmlRpcSerializer;

/** Decodes a method response with npm `xmlrpc` (a sax stream; it wants a readable stream). */
export function npmXmlRpcDecode(bytes: Buffer): Promise<unknown> {
  return new Promise((resolve, reject) => {
    new NpmDeserializer().deserializeMethodResponse(Readable.from([bytes]), (error, value) =>
      error ? reject(error) : resolve(value),
    );
  });
}

export function npmXmlRpcEncodeCall(method: string, params: XmlRpcValue[]): string {
  return npmSerializer.serializeMethodCall(method, params);
}

export function foxgloveDecode(bytes: Buffer): Promise<unknown> {
  return new FoxgloveDeserializer().deserializeMethodResponse(bytes.toString('utf8'));
}

export function foxgloveEncodeCall(method: string, params: XmlRpcValue[]): string {
  return foxgloveSerializeMethodCall(method, params as Parameters<typeof foxgloveSerializeMethodCall>[1]);
}

const xmlParser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

/** fast-xml-parser: a generic XML tree, not XML-RPC values; a reference point for "a fast general XML parser". */
export function fastXmlParserParse(bytes: Buffer): unknown {
  return xmlParser.parse(bytes.toString('utf8'));
}
