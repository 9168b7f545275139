import type { Options } from 'tsup';
export declare function createTsupConfig(overrides?: Options): Options | Options[];
