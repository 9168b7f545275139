import { runPython, untag } from '@sl/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXmlRpcMessage, encodeMethodCall, type XmlRpcValue } from '../src/index';
import { arbitraryValue, expectedDecoded, wholeSecondDate, xmlText } from './arbitrary-values';

/**
 * Python's xmlrpc.client as an independent implementation, in one subprocess for the whole batch: it `loads` the
 * documents we encode (answering in the conformance files' tagged JSON) and `dumps` the tagged values we send it.
 */
const PYTHON_ORACLE = `
import base64, json, sys, xmlrpc.client as x

def tag(v):
    if isinstance(v, bool): return v
    if isinstance(v, int): return {"$int": str(v)}
    if isinstance(v, float): return {"$double": v}
    if v is None: return {"$nil": True}
    if isinstance(v, x.DateTime): return {"$datetime": v.value}
    if isinstance(v, x.Binary): return {"$base64": base64.b64encode(v.data).decode()}
    if isinstance(v, list): return [tag(i) for i in v]
    if isinstance(v, dict): return {k: tag(i) for k, i in v.items()}
    return v

def untag(v):
    if isinstance(v, list): return [untag(i) for i in v]
    if isinstance(v, dict):
        if len(v) == 1:
            (k, i), = v.items()
            if k == "$int": return int(i)
            if k == "$double": return float(i)
            if k == "$datetime": return x.DateTime(i)
            if k == "$base64": return x.Binary(base64.b64decode(i))
            if k == "$nil": return None
        return {k: untag(i) for k, i in v.items()}
    return v

job = json.load(sys.stdin)
decoded = []
for doc in job["decode"]:
    try:
        params, method = x.loads(doc.encode("utf-8"))
        decoded.append({"methodName": method, "params": tag(list(params))})
    except Exception as e:
        decoded.append({"error": repr(e)})
encoded = [x.dumps(tuple(untag(p)), methodname="m", allow_none=True) for p in job["encode"]]
json.dump({"decoded": decoded, "encoded": encoded}, sys.stdout)
`;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function iso8601(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}T${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
}

function dateFromIso8601(text: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(text)!;
  const date = new Date(Date.UTC(2000, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  date.setUTCFullYear(Number(y));
  return date;
}

/** Values Python can dump, in tagged JSON: 32-bit ints only (Python refuses more), no CR (it does not escape it). */
const taggedForPython = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    xmlText.map((text) => text.replace(/\r/g, '')),
    fc.integer().map((value) => ({ $int: String(value) })),
    fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((value) => ({ $double: value === 0 ? 0 : value })),
    fc.boolean(),
    fc.constant({ $nil: true }),
    wholeSecondDate.map((date) => ({ $datetime: iso8601(date) })),
    fc.uint8Array({ maxLength: 30 }).map((bytes) => ({ $base64: Buffer.from(bytes).toString('base64') })),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      xmlText.map((text) => text.replace(/\r/g, '')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe("differential: Python's xmlrpc.client", () => {
  it('agrees with us in both directions on random values', () => {
    const seed = Date.now() ^ (Math.random() * 0x7fffffff);
    const ours = fc.sample(fc.array(arbitraryValue, { maxLength: 3 }), { numRuns: 150, seed });
    const theirs = fc.sample(fc.array(taggedForPython, { maxLength: 3 }), { numRuns: 150, seed });
    const job = { decode: ours.map((params) => encodeMethodCall('m', params)), encode: theirs };
    const result = runPython(PYTHON_ORACLE, JSON.stringify(job));
    expect(result.stderr).toBe('');
    const { decoded, encoded } = JSON.parse(result.stdout) as { decoded: unknown[]; encoded: string[] };

    ours.forEach((params: XmlRpcValue[], index) => {
      const expected = { methodName: 'm', params: params.map(expectedDecoded) };
      const python = untag(decoded[index], { datetime: dateFromIso8601 });
      expect(python, `seed ${seed}, value ${index}: ${job.decode[index]}`).toEqual(expected);
    });
    theirs.forEach((params, index) => {
      const expected = untag(params, { datetime: dateFromIso8601 });
      const message = decodeXmlRpcMessage(encoded[index]!);
      expect(message, `seed ${seed}, document ${index}: ${encoded[index]}`).toEqual({
        kind: 'call',
        methodName: 'm',
        params: expected,
      });
    });
  });
});
