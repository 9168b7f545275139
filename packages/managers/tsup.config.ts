import { createTsupConfig } from '@sl/config/tsup';

export default createTsupConfig();
