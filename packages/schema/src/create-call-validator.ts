import type { MaskTree } from '@sl/mask';
import type { Schema } from './schema';
import { validateFilter } from './validate-filter';
import { validateMask } from './validate-mask';

/** A call as `@sl/client` is about to send it. */
export interface CallToValidate {
  readonly service: string;
  readonly method: string;
  readonly mask?: string | MaskTree;
  readonly filter?: unknown;
  readonly limit?: number;
}

/** `errors` should stop the call; `warnings` are worth a log line. */
export interface CallValidation {
  readonly errors: string[];
  readonly warnings: string[];
}

export type CallValidator = (call: CallToValidate) => CallValidation;

/**
 * A validator for `@sl/client`'s `validate` option; messages leave out the `Service::method`, which the client adds. Errors: a mask or a filter that names properties the types do
 * not have. Warnings: a service or method the metadata does not know (it may be newer; the call still goes out),
 * a `limit` on a method not marked limitable, a mask on a method whose result has no properties.
 */
export function createCallValidator(schema: Schema): CallValidator {
  return (call) => {
    const errors: string[] = [];
    const warnings: string[] = [];
    const service = schema.serviceName(call.service);
    const info = service === undefined ? undefined : schema.method(service, call.method);
    if (info === undefined) {
      warnings.push('not in the API metadata (it may be newer): not checked');
      return { errors, warnings };
    }
    if (call.mask !== undefined && call.mask !== '') {
      if (!schema.hasType(info.returns)) {
        warnings.push(`the method returns ${info.returns}: a mask has nothing to select`);
      } else {
        for (const issue of validateMask(schema, { service: info.service, method: info.name }, call.mask)) {
          errors.push(`mask: ${issue.message}`);
        }
      }
    }
    if (call.filter !== undefined) {
      for (const issue of validateFilter(schema, { service: info.service, method: info.name }, call.filter)) {
        errors.push(`filter: ${issue.message}`);
      }
    }
    if (call.limit !== undefined && !info.limitable) {
      warnings.push(
        'limit: the method is not marked limitable in the metadata, the API may ignore the result limit',
      );
    }
    return { errors, warnings };
  };
}
