import { createVitestConfig } from '@sl/config/vitest';

// `vitest run` runs the runtime tests and, through `tsc`, the type tests (`*.test-d.ts`).
export default createVitestConfig({
  test: { typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] } },
});
