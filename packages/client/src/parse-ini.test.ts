import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIni } from './parse-ini';

const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/);
const value = fc.stringMatching(/^[^\r\n]{0,20}$/).map((text) => text.trim());

describe('parseIni', () => {
  it('reads back every key and value it is given, whatever the separator and spacing', () => {
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.dictionary(name, value, { maxKeys: 5 }), { maxKeys: 3 }),
        fc.constantFrom(' = ', '=', ': ', ':'),
        (sections, separator) => {
          const text = Object.entries(sections)
            .map(([section, pairs]) =>
              [
                `[${section}]`,
                ...Object.entries(pairs).map(([key, item]) => `${key}${separator}${item}`),
              ].join('\n'),
            )
            .join('\n\n# comment\n');
          const parsed = parseIni(text);
          expect(Object.keys(parsed).sort()).toEqual(Object.keys(sections).sort());
          for (const [section, pairs] of Object.entries(sections))
            expect({ ...parsed[section] }).toEqual(pairs);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ignores lines outside a section and never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(typeof parseIni(text)).toBe('object');
      }),
      { numRuns: 200 },
    );
    expect(parseIni('orphan = 1\n[softlayer]\nusername = u')).toEqual({ softlayer: { username: 'u' } });
  });
});
