export { type CallControl, combineFilters, type ListOptions } from './list-options';
export { ManagerError, type ManagerErrorCode } from './manager-error';
export { type PollOptions, pollUntil } from './poll-until';
export { type IdResolver, resolveId, resolveIds } from './resolve-ids';
export { type ListKeysOptions, SshKeyManager } from './ssh-key-manager';
