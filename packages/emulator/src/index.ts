export { ApiFault } from './api-fault';
export type { AccountSizes } from './data/generate-account';
export { DEFAULT_SIZES, type GenerateAccountOptions, generateAccount } from './data/generate-account';
export { EmulatorState, type StateChange, type StateSnapshot } from './data/state';
export { EmulatorError, type EmulatorErrorCode } from './errors';
export { FAULT_KINDS, type InjectedFaultKind } from './fault-injection';
export { EMULATOR_SSO_PASSCODE, ibmCloudAccountGuid } from './http/iam-token-endpoint';
export { type Emulator, type EmulatorOptions, startEmulator } from './start-emulator';
