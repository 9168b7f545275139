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

export interface RunCommandOptions {
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Killed (SIGKILL) after this long; default 60 s. */
  timeoutMs?: number;
}

/**
 * Runs a command without blocking the event loop (so it can talk to a server in this process) and collects its
 * output; bounded by `timeoutMs`. A command that cannot start resolves with status -1 and the reason in stderr.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions = {},
): Promise<PythonResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      ...(options.cwd ? { cwd: options.cwd } : {}),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: -1, stdout, stderr: `${stderr}${String(error)}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Like `runPython`, without blocking the event loop: for scripts that call a server in this process. */
export function runPythonAsync(
  script: string,
  input = '',
  options: RunPythonOptions = {},
): Promise<PythonResult> {
  return runCommand(options.python ?? 'python3', ['-c', script], {
    input,
    ...(options.env ? { env: options.env } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
}
