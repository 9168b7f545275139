import { createTsupConfig } from '@sl/config/tsup';

export default createTsupConfig({ shims: true, onSuccess: 'cp src/schema.generated.json dist/' });
