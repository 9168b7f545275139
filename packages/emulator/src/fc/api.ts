// The Flying Circus directory API served under /fc/v1: its server side lives in `@sl/fc-directory/server`.
export { createFcApi, type FcApi, type FcApiOptions } from '@sl/fc-directory/server';
