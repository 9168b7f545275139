import { spawn, spawnSync } from 'node:child_process';

/** Debian's own Python, which has the reference client (python3-softlayer) when it is installed. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

export interface PythonResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunPythonOptions {
  python?: string;
  timeoutMs?: number;
  env?: Record<string, string>;
}

/**
 * Runs a Python script with `input` on stdin; bounded by `timeoutMs` (default 60 s). It blocks the event loop, so
 * it cannot talk to a server in the same process: use `runPythonAsync` for that.
 */
export function runPython(script: string, input = '', options: RunPythonOptions = {}): PythonResult {
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

/** Like `runPython`, without blocking the event loop: for scripts that call a server in this process. */
export function runPythonAsync(
  script: string,
  input = '',
  options: RunPythonOptions = {},
): Promise<PythonResult> {
  return new Promise((resolve) => {
    const child = spawn(options.python ?? 'python3', ['-c', script], {
      env: { ...process.env, ...options.env },
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => resolve({ status: -1, stdout, stderr: `${stderr}${String(error)}` }));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}
