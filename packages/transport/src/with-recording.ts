import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SoftLayerAPIError } from './api-errors';
import { mapFault } from './map-fault';
import { redactRequest, redactResult } from './redact';
import { SoftLayerError } from './soft-layer-error';
import { fromTaggedJson, toTaggedJson } from './tagged-json';
import type { Transport, TransportRequest, TransportResponse } from './transport-request';

export interface RecordingOptions {
  /** The folder of recordings (one JSON file per distinct call). */
  dir: string;
  /** `record`: call the transport and write what it answered; `replay`: answer from the files only. */
  mode: 'record' | 'replay';
}

interface Recording {
  call: {
    service: string;
    method: string;
    args: unknown;
    id: unknown;
    mask: unknown;
    filter: unknown;
    limit: unknown;
    offset: unknown;
  };
  response?: { value: unknown; totalCount?: number; status: number };
  fault?: { faultCode: string | number; faultString: string };
}

/** What identifies a call (never the credentials, nor the args of login-like methods). */
function callKey(unsafe: TransportRequest): Recording['call'] {
  const request = redactRequest(unsafe);
  return {
    service: request.service,
    method: request.method,
    args: toTaggedJson(request.args ?? []),
    id: request.id ?? null,
    mask: request.mask ?? null,
    filter: request.filter ?? null,
    limit: request.limit ?? null,
    offset: request.offset ?? null,
  };
}

/** The file a call is recorded in: `<Service>.<method>.<hash of the call>.json`. */
export function recordingFileName(request: TransportRequest): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(callKey(request)))
    .digest('hex')
    .slice(0, 16);
  return `${request.service}.${request.method}.${hash}.json`;
}

/**
 * Records calls and their answers (or API faults) to JSON files, and replays them. Credentials, login
 * arguments and secret-looking answer members (`hash`, `authToken`, …) are never written. In replay mode a call with no recording throws `SoftLayerError` code `SL_RECORDING_MISSING`.
 */
export function withRecording(transport: Transport, options: RecordingOptions): Transport {
  return async function recording(request: TransportRequest): Promise<TransportResponse> {
    const file = join(options.dir, recordingFileName(request));
    if (options.mode === 'replay') {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (cause) {
        throw new SoftLayerError(`no recording of ${request.service}::${request.method} in ${file}`, {
          code: 'SL_RECORDING_MISSING',
          request,
          cause,
        });
      }
      const recorded = JSON.parse(text) as Recording;
      if (recorded.fault) throw mapFault(recorded.fault.faultCode, recorded.fault.faultString, { request });
      const response = recorded.response ?? { value: null, status: 200 };
      return {
        value: fromTaggedJson(response.value),
        status: response.status,
        headers:
          response.totalCount === undefined ? {} : { 'softlayer-total-items': String(response.totalCount) },
        ...(response.totalCount === undefined ? {} : { totalCount: response.totalCount }),
      };
    }
    const save = async (entry: Omit<Recording, 'call'>): Promise<void> => {
      await mkdir(options.dir, { recursive: true });
      await writeFile(file, `${JSON.stringify({ call: callKey(request), ...entry }, null, 2)}\n`);
    };
    try {
      const response = await transport(request);
      await save({
        response: {
          value: toTaggedJson(redactResult(request.method, response.value)),
          status: response.status,
          ...(response.totalCount === undefined ? {} : { totalCount: response.totalCount }),
        },
      });
      return response;
    } catch (error) {
      if (SoftLayerAPIError.isInstance(error)) {
        await save({ fault: { faultCode: error.faultCode, faultString: error.faultString } });
      }
      throw error;
    }
  };
}
