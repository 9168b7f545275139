import { readFileSync } from 'node:fs';
import { startRecordingServer } from '@sl/test-kit';
import { decodeMethodCall, encodeMethodResponse } from '@sl/xmlrpc-codec';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import * as clientPackage from '../src/index';

/** The README's first `ts` block, compiled by TypeScript, its `@sl/client` imports bound to this package, run. */
async function runReadmeExample(): Promise<string[]> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const names = [...code.matchAll(/^import \{([^}]*)\} from '@sl\/client';$/gm)].flatMap((match) =>
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
  const modules = clientPackage as Record<string, unknown>;
  await new AsyncFunction(...names, 'console', body)(...names.map((name) => modules[name]), fakeConsole);
  return output;
}

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['SL_ENDPOINT_URL', 'SL_USERNAME', 'SL_API_KEY']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('README', () => {
  it('README example', async () => {
    const server = await startRecordingServer((request) => {
      const call = decodeMethodCall(request.body);
      if (call.methodName === 'getObject')
        return { body: encodeMethodResponse({ id: 1, companyName: 'Your Company' }) };
      return {
        headers: { 'softlayer-total-items': '2' },
        body: encodeMethodResponse([
          { id: 1, hostname: 'web1' },
          { id: 2, hostname: 'web2' },
        ]),
      };
    });
    try {
      process.env.SL_ENDPOINT_URL = server.url;
      process.env.SL_USERNAME = 'SL1';
      process.env.SL_API_KEY = 'secret-key';
      expect(await runReadmeExample()).toEqual(['Your Company', '1 web1', '2 web2']);
    } finally {
      await server.close();
    }
  });
});
