// Serves the directory API for the tests: the real emulator (`startEmulator().fcDirectory`) on 127.0.0.1.
import { startEmulator } from '@sl/emulator';

export interface DirectoryServer {
  url: string;
  project: string;
  apiKey: string;
  close(): Promise<void>;
}

export async function startDirectory(): Promise<DirectoryServer> {
  const emulator = await startEmulator({ fcProject: 'acme', fcApiKey: 'fc-test-key-0123456789' });
  return { ...emulator.fcDirectory, close: () => emulator.close() };
}
