import { readdirSync, readFileSync } from 'node:fs';
import { loadManagerCalls } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';

/** The reference managers this package does not have yet: their cases cannot be checked. */
const NOT_YET = new Set<string>([]);

describe('manager-calls.json', () => {
  it('every case of a manager we have is checked by a test (expectSameCalls with its exact name)', () => {
    const directory = new URL('./', import.meta.url);
    const sources = readdirSync(directory)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => readFileSync(new URL(name, directory), 'utf8'))
      .join('\n');
    const cases = loadManagerCalls().filter((managerCase) => !NOT_YET.has(managerCase.manager));
    const unchecked = cases.map((managerCase) => managerCase.name).filter((name) => !sources.includes(name));
    expect(unchecked).toEqual([]);
    expect(cases.length).toBe(67);
  });
});
