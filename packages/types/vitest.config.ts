import { createVitestConfig } from '@sl/config/vitest';

export default createVitestConfig({
  test: { include: [], typecheck: { enabled: true, include: ['**/*.test-d.ts'] } },
});
