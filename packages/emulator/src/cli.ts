#!/usr/bin/env node
import { EmulatorError } from './errors';
import { CLI_USAGE, parseCliArguments } from './parse-cli-arguments';
import { type Emulator, startEmulator } from './start-emulator';

/** What loading the state file found, in words. */
function recoveryNote(recovery: Emulator['recovery']): string {
  if (!recovery) return '';
  const replayed = `${recovery.replayed} journaled change${recovery.replayed === 1 ? '' : 's'} replayed`;
  return recovery.droppedBytes > 0
    ? `${replayed}; a torn last record of ${recovery.droppedBytes} bytes dropped`
    : replayed;
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCliArguments>;
  try {
    parsed = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`sl-emulator: ${(error as Error).message}\n`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(`${CLI_USAGE}\n`);
    return;
  }
  const started = Date.now();
  const emulator = await startEmulator(parsed.options);
  const { username, apiKey } = emulator.credentials;
  process.stdout.write(
    [
      `sl-emulator listening on ${emulator.url} (account ready in ${Date.now() - started} ms)`,
      `  XML-RPC endpoint: ${emulator.xmlrpcUrl}`,
      `  REST endpoint:    ${emulator.restUrl}`,
      `  username:         ${username}`,
      `  api key:          ${apiKey}`,
      `  guests:           ${emulator.state.guests.size}`,
      `  storage volumes:  ${emulator.state.storageVolumes.size}`,
      parsed.options.stateFile
        ? `  state file:       ${parsed.options.stateFile} (${recoveryNote(emulator.recovery)})`
        : '  state:            in memory',
      '',
      'slcli config (save as ./softlayer.cfg, then: slcli --config softlayer.cfg vs list):',
      '[softlayer]',
      `username = ${username}`,
      `api_key = ${apiKey}`,
      `endpoint_url = ${emulator.xmlrpcUrl}`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`sl-emulator: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a listener stays while the state is flushed, so nothing (tsx included) ends the process early.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof EmulatorError ? error.message : String(error);
  process.stderr.write(`sl-emulator: ${message}\n`);
  process.exit(1);
});
