import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '@sl/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';

const DEMO_DIR = fileURLToPath(new URL('../../../examples/demo', import.meta.url));
const EMULATOR_SOURCE = fileURLToPath(new URL('../src/index.ts', import.meta.url));
// @sl/managers depends on this package (its tests run against the emulator), so it cannot be a dependency here:
// the demo gets its source too, and never needs its build.
const MANAGERS_SOURCE = fileURLToPath(new URL('../../managers/src/index.ts', import.meta.url));

// The demo imports `@sl/emulator`; point it at this package's source so the test never runs a stale build
// (turbo builds a package's dependencies before its tests, not the package itself).
const directory = mkdtempSync(join(tmpdir(), 'sl-demo-'));
const TSCONFIG = join(directory, 'tsconfig.json');
writeFileSync(
  TSCONFIG,
  JSON.stringify({
    extends: join(DEMO_DIR, 'tsconfig.json'),
    compilerOptions: {
      baseUrl: DEMO_DIR,
      paths: { '@sl/emulator': [EMULATOR_SOURCE], '@sl/managers': [MANAGERS_SOURCE] },
    },
    include: [join(DEMO_DIR, 'src')],
  }),
);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function runDemo(): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommand(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: DEMO_DIR,
    env: { NO_COLOR: '1', TSX_TSCONFIG_PATH: TSCONFIG },
    timeoutMs: 90_000,
  }).then(({ status, stdout, stderr }) => ({ code: status, stdout, stderr }));
}

describe('the demo (examples/demo, the README first command)', () => {
  it('runs against the emulator and exits 0 by itself', { timeout: 100_000 }, async () => {
    const { code, stdout, stderr } = await runDemo();
    // On failure the comparison shows what the demo printed.
    expect({ code, stderr: code === 0 ? '' : `${stdout}\n${stderr}` }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/✔ #\d+ .+: 5000 guests/);
    expect(stdout).toMatch(/✔ walked 5000 guests/);
    expect(stdout).toMatch(/✔ ready: /);
    expect(stdout).toMatch(/✔ demo-web\.\S+ A \d+\.\d+\.\d+\.\d+ \(record \d+\)/);
    expect(stdout).toMatch(/✔ ticket \d+/);
    expect(stdout).toMatch(/✔ 3 changes recorded/);
    // The curl comes from @sl/transport's reproduce, with the credentials left to the shell.
    expect(stdout).toMatch(
      /curl -sS -X GET -u "\$SL_USERNAME:\$SL_API_KEY" .*getVirtualGuests\.json\?objectMask=/,
    );
    expect(stdout).toMatch(/✔ REST answered 5 of \d+ guests in dal10/);
    expect(stdout).not.toContain('api_key');
    // Secrets sweep (issue 12): the demo's emulator (seed 42) generates the API key; neither it nor the HTTP basic
    // header made of it appears in anything the demo printed or warned.
    const same = await startEmulator({ seed: 42, guests: 10, rateLimit: 0 });
    const { username, apiKey } = same.credentials;
    const accountId = same.state.accountId;
    await same.close();
    expect(stdout).toContain(`#${accountId} `); // the same account, so the same key
    for (const canary of [apiKey, Buffer.from(`${username}:${apiKey}`).toString('base64')]) {
      expect(`${stdout}\n${stderr}`).not.toContain(canary);
    }
  });
});
