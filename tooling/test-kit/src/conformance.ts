import { readFileSync } from 'node:fs';
import { conformancePath } from './repo-paths.ts';

/** One document of codec-vectors.json: what Python's xmlrpc.client made of it. Values are tagged JSON. */
export interface CodecVector {
  name: string;
  xml: string;
  xml_base64: string;
  expect:
    | { params: unknown[]; methodName: string | null }
    | { fault: { faultCode: unknown; faultString: string } }
    | { error: string };
}

export type AuthSpec =
  | { kind: 'apikey'; username: string; api_key: string }
  | { kind: 'token'; user_id: number | string; auth_token: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'none' };

/** One case of wire-vectors.json: a call as a user writes it and what the reference client put on the wire. */
export interface WireVector {
  name: string;
  call: {
    service: string;
    method: string;
    args?: unknown[];
    kwargs?: Record<string, unknown>;
    auth: AuthSpec;
  };
  xmlrpc: {
    url: string;
    httpHeaders: Record<string, string>;
    basicAuth: { username: string; password: string | null } | null;
    payload: string;
    methodName: string;
    params: unknown[];
  };
  rest?: {
    httpMethod: string;
    url: string;
    httpHeaders: Record<string, string>;
    basicAuth: { username: string; password: string | null } | null;
    body: unknown;
  };
}

/** One case of manager-calls.json: a manager call and the API calls it made, in order. */
export interface ManagerCallCase {
  name: string;
  manager: string;
  method: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  /** What was held fixed to record it deterministically (manager-calls-more.json). */
  note?: string;
  /** What the reference raised inside itself, its fixtures lacking data: `calls` are those made before it. */
  error?: string;
  calls: Array<{
    service: string;
    method: string;
    args: unknown[];
    id?: unknown;
    mask?: unknown;
    filter?: unknown;
    limit?: number;
    offset?: number;
  }>;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(conformancePath(name), 'utf8')) as T;
}

export function loadCodecVectors(): CodecVector[] {
  return readJson<{ vectors: CodecVector[] }>('codec-vectors.json').vectors;
}

export function loadWireVectors(): WireVector[] {
  return readJson<{ cases: WireVector[] }>('wire-vectors.json').cases;
}

export function loadManagerCalls(): ManagerCallCase[] {
  return readJson<{ cases: ManagerCallCase[] }>('manager-calls.json').cases;
}

/** The cases of manager-calls-more.json: the reference managers' methods that manager-calls.json lacks. */
export function loadManagerCallsMore(): ManagerCallCase[] {
  return readJson<{ cases: ManagerCallCase[] }>('manager-calls-more.json').cases;
}
