#!/usr/bin/env node
// The entry only turns on Node's on-disk compile cache (Node ≥ 22.1, as tsc does; a no-op on Node 20) and then
// loads the CLI: the cache covers only modules compiled after it is on, and static imports would come first.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
void import('./main');
