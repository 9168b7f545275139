import { spawnSync } from 'node:child_process';

/** Debian's own Python, which has the reference client (python3-softlayer) when it is installed. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

export interface PythonResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a Python script with `input` on stdin; bounded by `timeoutMs` (default 60 s). */
export function runPython(
  script: string,
  input = '',
  options: { python?: string; timeoutMs?: number; env?: Record<string, string> } = {},
): PythonResult {
  const result = spawnSync(options.python ?? 'python3', ['-c', script], {
    input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ...options.env },
  });
  return { status: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** True when `import SoftLayer` works under Debian's Python (CI installs python3-softlayer). */
export function hasReferenceClient(): boolean {
  return runPython('import SoftLayer', '', { python: DEBIAN_PYTHON, timeoutMs: 20_000 }).status === 0;
}
