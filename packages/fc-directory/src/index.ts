export { callDirectory, type DirectoryCallOptions } from './call-directory';
export {
  createDirectoryClient,
  DEFAULT_DIRECTORY_URL,
  type DirectoryCallSettings,
  type DirectoryClient,
  type DirectoryClientOptions,
} from './create-directory-client';
export {
  DirectoryError,
  type DirectoryErrorOptions,
  DirectoryFaultError,
  type DirectoryRequestCode,
  DirectoryRequestError,
  DirectoryResponseError,
  type DirectoryValidationCode,
  type DirectoryValidationDetails,
  DirectoryValidationError,
} from './directory-error';
export {
  DEFAULT_FOLLOW_INTERVAL_MS,
  type FollowLogOptions,
  followLog,
  MINIMUM_FOLLOW_INTERVAL_MS,
} from './follow-log';
export { type JsonValue, type LogEntry, parseLogEntry } from './log-entry';
export type {
  ApplyRecord,
  ConsumptionRecord,
  DeleteRecord,
  InvoiceItem,
  InvoiceRecord,
  MaintenanceRecord,
  PermissionName,
  PermissionRecord,
  PrimaryKeyMap,
  QueryFilter,
  QueryOnlyResourceType,
  ResourceGroupRecord,
  ResourceRecord,
  ResourceRecordMap,
  ResourceType,
  ServiceUserRecord,
  SetRecord,
  SettableFieldMap,
  SettableResourceType,
  VirtualMachineDeletion,
  VirtualMachineRecord,
} from './resource-records';
export {
  type FieldKind,
  type FieldSpec,
  isResourceType,
  type ResourceSchema,
  resourceSchemas,
  type ValueConstraint,
} from './resource-schema';
export { validateApplyRecords } from './validate-apply-records';
export { validateQuery } from './validate-query';
