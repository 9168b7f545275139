import { readFileSync } from 'node:fs';
import { startRecordingServer } from '@sl/test-kit';
import { encodeMethodResponse } from '@sl/xmlrpc-codec';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as transportPackage from '../src/index';

/** The README's first `ts` block, compiled by TypeScript, its `@sl/transport` imports bound to this package, run. */
async function runReadmeExample(env: Record<string, string>): Promise<string[]> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const names = [...code.matchAll(/^import \{([^}]*)\} from '@sl\/transport';$/gm)].flatMap((match) =>
    match[1]!.split(',').map((name) => name.trim()),
  );
  const body = ts
    .transpileModule(code.replace(/^import .*$/gm, ''), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    })
    .outputText.replace(/^export \{\};$/m, '');
  const output: string[] = [];
  const fakeConsole = { log: (...values: unknown[]) => output.push(values.map(String).join(' ')) };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const run = new AsyncFunction(...names, 'console', 'process', body);
  const modules = transportPackage as Record<string, unknown>;
  await run(...names.map((name) => modules[name]), fakeConsole, { env });
  return output;
}

describe('README', () => {
  it('README example', async () => {
    const server = await startRecordingServer(() => ({
      headers: { 'softlayer-total-items': '2' },
      body: encodeMethodResponse([
        { id: 1, hostname: 'a' },
        { id: 2, hostname: 'b' },
      ]),
    }));
    try {
      const output = await runReadmeExample({
        SL_ENDPOINT_URL: server.url,
        SL_USERNAME: 'SL1',
        SL_API_KEY: 'secret-key',
      });
      expect(output[0]).toBe('2 of 2');
      expect(output[1]).toMatch(/^curl /);
      expect(output.join('\n')).not.toContain('secret-key');
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
