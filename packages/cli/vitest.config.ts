import { createVitestConfig } from '@sl/config/vitest';

export default createVitestConfig();
