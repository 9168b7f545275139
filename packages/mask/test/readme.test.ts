import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { applyMask, mask, parseMask, printMask } from '../src/index';

it('README example', () => {
  const wanted = mask('id', 'hostname', { datacenter: ['name'], networkComponents: ['id', 'port'] });
  expect(printMask(wanted)).toBe('mask[id,hostname,datacenter[name],networkComponents[id,port]]');
  expect(printMask(parseMask('id, datacenter.name'))).toBe('mask[id,datacenter[name]]');
  expect(
    applyMask(
      { id: 1, hostname: 'web1', notes: 'x', datacenter: { id: 3, name: 'dal05' } },
      'mask[id,datacenter.name]',
    ),
  ).toEqual({ id: 1, datacenter: { name: 'dal05' } });

  // The README shows exactly these calls and results.
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const fragment of [
    "const wanted = mask('id', 'hostname', { datacenter: ['name'], networkComponents: ['id', 'port'] });",
    "printMask(wanted); // 'mask[id,hostname,datacenter[name],networkComponents[id,port]]'",
    "printMask(parseMask('id, datacenter.name')); // 'mask[id,datacenter[name]]'",
    "const server = { id: 1, hostname: 'web1', notes: 'x', datacenter: { id: 3, name: 'dal05' } };",
    "applyMask(server, 'mask[id,datacenter.name]'); // { id: 1, datacenter: { name: 'dal05' } }",
  ]) {
    expect(readme).toContain(fragment);
  }
});
