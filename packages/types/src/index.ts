export type * from './generated/index';
export type { CheckedMask, Masked, MaskObject } from './masked';
export type {
  IsStaticMethod,
  MaskedResult,
  MethodDescriptor,
  MethodName,
  MethodParameters,
  MethodResult,
  ServiceName,
  ServiceNameOf,
} from './service-helpers';
