import { loadCodecVectors, untag } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';
import { decodeMethodResponse, decodeXmlRpcMessage, XmlRpcDecodeError, XmlRpcFault } from '../src/index';

const vectors = loadCodecVectors();

/** The vector's tagged value as we decode it: dates as `Date` (default) or as their text. */
function expected(value: unknown, dates: 'date' | 'text'): unknown {
  return untag(value, {
    datetime: dates === 'text' ? (text) => text : (text) => new Date(parseExpectedDate(text)),
  });
}

/** An independent reading of the two date forms in the vectors (basic without offset = UTC; extended with offset). */
function parseExpectedDate(text: string): number {
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (basic) return Date.UTC(+basic[1]!, +basic[2]! - 1, +basic[3]!, +basic[4]!, +basic[5]!, +basic[6]!);
  return new Date(text).getTime();
}

describe('codec vectors (Python xmlrpc.client as the oracle)', () => {
  it('has vectors to check', () => {
    expect(vectors.length).toBeGreaterThan(30);
  });

  for (const vector of vectors) {
    const bytes = new Uint8Array(Buffer.from(vector.xml_base64, 'base64'));
    const { expect: outcome } = vector;
    it(vector.name, () => {
      const inputs: Array<string | Uint8Array> = vector.xml === null ? [bytes] : [vector.xml, bytes];
      for (const input of inputs) {
        if ('error' in outcome) {
          expect(() => decodeXmlRpcMessage(input)).toThrow(XmlRpcDecodeError);
          try {
            decodeXmlRpcMessage(input);
          } catch (error) {
            expect((error as XmlRpcDecodeError).code).toBe('XMLRPC_DECODE');
            expect((error as XmlRpcDecodeError).line).toBeGreaterThanOrEqual(1);
          }
        } else if ('fault' in outcome) {
          const fault = expected(outcome.fault, 'date') as {
            faultCode: number | string;
            faultString: string;
          };
          expect(decodeXmlRpcMessage(input)).toEqual({ kind: 'fault', ...fault });
          expect(() => decodeMethodResponse(input)).toThrow(XmlRpcFault);
          try {
            decodeMethodResponse(input);
          } catch (error) {
            expect(error).toMatchObject({ code: 'XMLRPC_FAULT', ...fault });
          }
        } else {
          const message = decodeXmlRpcMessage(input);
          expect(message).toEqual(
            outcome.methodName === null
              ? { kind: 'response', params: expected(outcome.params, 'date') }
              : { kind: 'call', methodName: outcome.methodName, params: expected(outcome.params, 'date') },
          );
          expect(decodeXmlRpcMessage(input, { dates: 'text' })).toMatchObject({
            params: expected(outcome.params, 'text'),
          });
        }
      }
    });
  }
});
