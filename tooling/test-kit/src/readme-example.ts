import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface ReadmeExampleOptions {
  /** The README, e.g. `new URL('../README.md', import.meta.url)`. */
  readme: URL | string;
  /** What the example's `import { … } from '@sl/…'` lines bind to: every export it may name. */
  modules: Record<string, unknown>;
  /** Which `ts` block (0 = the first). */
  block?: number;
  /** Values the example sees as `process.env` (the real environment is not passed). */
  env?: Record<string, string>;
}

type AsyncFunctionConstructor = new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/**
 * Runs a README's `ts` block as written: its `@sl/*` imports are bound to `modules`, its code is compiled by
 * TypeScript and run; what it passes to `console.log` comes back line by line (non-strings as JSON), so a test
 * named "README example" can check it and the README cannot rot.
 */
export async function runReadmeExample(options: ReadmeExampleOptions): Promise<string[]> {
  const readme = readFileSync(options.readme, 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const code = blocks[options.block ?? 0];
  if (code === undefined) throw new Error(`README has no ts block #${options.block ?? 0}`);
  const names = [...code.matchAll(/^import \{([^}]*)\} from '@sl\/[a-z-]+';$/gm)].flatMap((match) =>
    (match[1] ?? '').split(',').map((name) => name.trim().replace(/^type\s+/, '')),
  );
  const missing = names.filter((name) => name !== '' && !(name in options.modules));
  if (missing.length > 0)
    throw new Error(`README imports names the modules do not export: ${missing.join(', ')}`);
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
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as AsyncFunctionConstructor;
  const bound = names.filter((name) => name !== '');
  await new AsyncFunction(...bound, 'console', 'process', body)(
    ...bound.map((name) => options.modules[name]),
    fakeConsole,
    { ...process, env: options.env ?? {} },
  );
  return output;
}
