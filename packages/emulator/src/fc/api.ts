// The Flying Circus directory API (apply/query/log) served by the emulator under /fc/v1.
// Owned by the @sl/fc-directory work; the emulator's server only routes to it. This is the seam's stub.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FcApiOptions {
  /** The project name: the HTTP basic user. */
  project: string;
  /** The project's API key: the HTTP basic password. */
  apiKey: string;
  /** Clock in milliseconds since the epoch; tests move it. Default `Date.now`. */
  now?: () => number;
}

export interface FcApi {
  readonly project: string;
  readonly apiKey: string;
  /** Answers one HTTP request whose path starts with the mount prefix (`/fc/v1`); `body` is the whole body. */
  handle(request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void>;
}

export function createFcApi(options: FcApiOptions): FcApi {
  return {
    project: options.project,
    apiKey: options.apiKey,
    async handle(_request, _body, response) {
      response.writeHead(501, { 'content-type': 'text/plain' });
      response.end('The Flying Circus directory API is not implemented yet.');
    },
  };
}
