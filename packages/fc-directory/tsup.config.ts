import { createTsupConfig } from '@sl/config/tsup';

export default createTsupConfig({ entry: ['src/index.ts', 'src/server.ts'], splitting: true });
