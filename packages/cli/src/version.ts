declare const __SL_CLI_VERSION__: string | undefined;

/** This package's version (set at build time; `0.0.0-dev` when run from source). */
export const CLI_VERSION: string = typeof __SL_CLI_VERSION__ === 'string' ? __SL_CLI_VERSION__ : '0.0.0-dev';
