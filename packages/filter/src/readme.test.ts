import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as filterPackage from './index';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('README example', () => {
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const importLine = /^import \{([^}]*)\} from '@sl\/filter';$/m.exec(example);
    expect(importLine, 'the example imports from @sl/filter').not.toBeNull();
    const names = importLine![1]!.split(',').map((name) => name.trim());
    for (const name of names) expect(filterPackage, name).toHaveProperty(name);
    // The example is plain JavaScript after its import: run it with the package's exports in scope.
    const body = example.replace(importLine![0], '');
    const logs: unknown[][] = [];
    const run = new Function('sl', 'console', `const { ${names.join(', ')} } = sl;\n${body}`);
    run(filterPackage, { log: (...values: unknown[]) => logs.push(values) });
    expect(logs).toEqual([[[2, 1]]]);
  });

  it('shows what the builders in its table write', () => {
    const { op, where } = filterPackage;
    expect(op.lastDays(30)).toEqual({ operation: '>= currentDate - 30' });
    expect(op.in([1, 2, 3])).toEqual({ operation: 'in', options: [{ name: 'data', value: [1, 2, 3] }] });
    expect(op.orderBy('DESC', 1)).toEqual({
      operation: 'orderBy',
      options: [
        { name: 'sort', value: ['DESC'] },
        { name: 'sortOrder', value: [1] },
      ],
    });
    expect(where('virtualGuests.datacenter.name').eq('dal05')).toEqual({
      virtualGuests: { datacenter: { name: { operation: 'dal05' } } },
    });
    expect(filterPackage.formatEventLogDate('01/15/2023', '-0600')).toBe('2023-01-15T00:00:00.000000-06:00');
    expect(filterPackage.queryFilterDate('2023-04-01', '2023-04-30').options?.[0]?.value).toEqual([
      '4/1/2023 0:0:0',
    ]);
    expect(() => op.eq('> 5')).toThrow(expect.objectContaining({ code: 'FILTER_INVALID_VALUE' }));
  });
});
