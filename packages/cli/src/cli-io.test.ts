import { describe, expect, it } from 'vitest';
import { useColor } from './cli-io';

describe('useColor', () => {
  it('colours a terminal only, and never with NO_COLOR set', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
  });
});
