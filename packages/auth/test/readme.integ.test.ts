import { readFileSync } from 'node:fs';
import { startRecordingServer } from '@sl/test-kit';
import * as transportPackage from '@sl/transport';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as authPackage from '../src/index';

/** The README's first `ts` block, compiled by TypeScript, its `@sl/*` imports bound to the packages, run. */
async function runReadmeExample(env: Record<string, string>): Promise<string[]> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const names = [...code.matchAll(/^import \{([^}]*)\} from '@sl\/(?:auth|transport)';$/gm)].flatMap(
    (match) => match[1]!.split(',').map((name) => name.trim()),
  );
  const body = ts
    .transpileModule(code.replace(/^import .*$/gm, ''), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    })
    .outputText.replace(/^export \{\};$/m, '');
  const output: string[] = [];
  const fakeConsole = {
    log: (...values: unknown[]) =>
      output.push(values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' ')),
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const modules = { ...transportPackage, ...authPackage } as Record<string, unknown>;
  await new AsyncFunction(...names, 'console', 'process', body)(
    ...names.map((name) => modules[name]),
    fakeConsole,
    { env },
  );
  return output;
}

describe('README', () => {
  it('README example', async () => {
    const server = await startRecordingServer(() => ({
      body: '<?xml version="1.0"?><methodResponse><params><param><value><struct><member><name>id</name><value><int>1</int></value></member></struct></value></param></params></methodResponse>',
    }));
    try {
      const output = await runReadmeExample({
        SL_ENDPOINT_URL: server.url,
        SL_USERNAME: 'SL1',
        SL_API_KEY: 'secret-key',
      });
      expect(output).toEqual(['{"id":1} apiKeyAuth(username=SL1)']);
      const body = server.requests[0]!.body.toString('utf8');
      expect(body).toContain('<name>authenticate</name>');
      expect(body).toContain('<string>secret-key</string>');
    } finally {
      await server.close();
    }
  });
});
