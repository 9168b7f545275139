import { readdirSync } from 'node:fs';

/**
 * One command group's differential cases: `sl --format json …` and `slcli --format json …` must print the same. A
 * group keeps them in `test/differential/<group>.cases.ts` (a default export of this shape); the differential test
 * runs every such file it finds, so adding a group never touches another group's file.
 */
export interface DifferentialCases {
  /** Reads against one seeded emulator: the same exit code 0 and the same JSON. */
  reads?: readonly string[];
  /** Reads compared without one key: slcli's value there is wrong (see the README's deliberate differences). */
  readsBut?: ReadonlyArray<{ command: string; key: string }>;
  /**
   * Writes, each on a fresh emulator (same seed); then a read shows the state both left. `sameOutput: false` for a
   * write whose own output holds the time it ran (an order date): then only the read is compared. `setup`:
   * commands slcli runs first on each fresh emulator (`-y`), for a write that needs what the seed lacks.
   */
  writes?: ReadonlyArray<{ write: string; read: string; sameOutput?: false; setup?: readonly string[] }>;
  /** Commands that fail the same way in both: the exit code and the gist of the message. */
  failures?: readonly string[];
}

/**
 * Every `*.cases.ts` in this folder, in file-name order; only the named ones when `$SL_DIFFERENTIAL_CASES` lists
 * some (`SL_DIFFERENTIAL_CASES=firewall,ipsec`: one group's cases while working on it).
 */
export async function loadCases(
  only: string | undefined = process.env.SL_DIFFERENTIAL_CASES,
): Promise<DifferentialCases[]> {
  const folder = new URL('./', import.meta.url);
  const wanted = only?.split(',').map((name) => `${name.trim()}.cases.ts`);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.cases.ts') && (wanted === undefined || wanted.includes(name)))
    .sort();
  if (wanted !== undefined && files.length !== wanted.length) {
    throw new Error(`SL_DIFFERENTIAL_CASES names a file that is not in ${folder.pathname}: ${only}`);
  }
  const modules = await Promise.all(
    files.map((name) => import(new URL(name, folder).href) as Promise<{ default: DifferentialCases }>),
  );
  return modules.map((module) => module.default);
}
