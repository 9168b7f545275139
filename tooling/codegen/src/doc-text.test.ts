import { describe, expect, test } from 'vitest';
import { docText } from './doc-text';
import { docComment } from './typescript-syntax';

const known = {
  types: new Set(['SoftLayer_Dns_Domain', 'SoftLayer_Account']),
  services: new Set(['SoftLayer_Account']),
};

describe('docText', () => {
  test.each([
    ['see [[SoftLayer_Dns_Domain (type)|SoftLayer_Dns_Domain]]', 'see {@link SoftLayer_Dns_Domain}'],
    ['see [[SoftLayer_Dns_Domain|a domain]]', 'see {@link SoftLayer_Dns_Domain | a domain}'],
    [
      'use [[SoftLayer_Account::getObject]]',
      'use {@link SoftLayer_Account_Service.getObject | SoftLayer_Account::getObject}',
    ],
    [
      'use [[SoftLayer_Account/getHardware|getHardware]]',
      'use {@link SoftLayer_Account_Service.getHardware | getHardware}',
    ],
    ['read [[Object Masks]] and [[SoftLayer_Nope|nope]]', 'read Object Masks and nope'],
    ["'''bold''' and ''italic''", '**bold** and *italic*'],
    ["*'''Pending''': waiting", '- **Pending**: waiting'],
  ])('%s', (input, output) => {
    expect(docText(input, known)).toBe(output);
  });
});

describe('docComment', () => {
  test('one line, several lines, tags, and a */ that cannot close the comment', () => {
    expect(docComment('One line.', '  ')).toBe('  /** One line. */\n');
    expect(docComment('a\n\nb */ c', '', ['@deprecated'])).toBe(
      '/**\n * a\n *\n * b *\\/ c\n * @deprecated\n */\n',
    );
    expect(docComment('  \n', '')).toBe('');
  });
});
