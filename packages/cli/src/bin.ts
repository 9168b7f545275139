#!/usr/bin/env node
// The entry only turns on the compile cache (see compile-cache.ts) and then loads the CLI: the cache covers only
// modules compiled after it is on, and static imports would come first. The binary is CommonJS: `__dirname` is
// the folder of its chunks.
import { enableCompileCache } from './compile-cache';

enableCompileCache(__dirname);
void import('./main');
