import { describe, expect, it } from 'vitest';
import { loadCodecVectors, loadManagerCalls, loadWireVectors, startRecordingServer, untag } from './index.ts';

describe('test-kit', () => {
  it('loads every conformance file', () => {
    expect(loadCodecVectors().length).toBeGreaterThan(30);
    expect(loadWireVectors().length).toBeGreaterThan(20);
    expect(loadManagerCalls().length).toBeGreaterThan(50);
  });

  it('untags every tag, keeping __proto__ as a plain key', () => {
    const value = untag(
      JSON.parse('{"a":{"$int":"9007199254740993"},"b":{"$int":"5"},"__proto__":{"$nil":true}}'),
    );
    expect(value).toEqual({ a: 9007199254740993n, b: 5, ['__proto__']: null });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(untag({ $base64: 'aGk=' })).toEqual(new Uint8Array([104, 105]));
    expect(untag({ $datetime: '20230401T12:34:56' })).toEqual({ datetime: '20230401T12:34:56' });
  });

  it('records requests on 127.0.0.1', async () => {
    const server = await startRecordingServer(() => ({ status: 201, body: 'ok' }));
    try {
      const response = await fetch(`${server.url}/x?y=1`, { method: 'POST', body: 'hello' });
      expect(response.status).toBe(201);
      expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/x?y=1' });
      expect(server.requests[0]?.body.toString()).toBe('hello');
    } finally {
      await server.close();
    }
  });
});
