// Type-checks what we publish, as an ESM consumer sees it (`pnpm publint` runs this after the build).
import type {
  CheckedMask,
  Masked,
  MaskObject,
  MethodParameters,
  MethodResult,
  ServiceMap,
  SoftLayer_Account,
  SoftLayer_Virtual_Guest,
} from '../dist/index.js';

declare function select<const M extends MaskObject<SoftLayer_Virtual_Guest>>(
  mask: M & CheckedMask<SoftLayer_Virtual_Guest, M>,
): Masked<SoftLayer_Virtual_Guest, M>;

export const guests: MethodResult<'SoftLayer_Account', 'getVirtualGuests'> = [{ id: 1, hostname: 'web1' }];
export const create: MethodParameters<'SoftLayer_Virtual_Guest', 'createObject'> = [{ hostname: 'web1' }];
export const account: Masked<
  SoftLayer_Account,
  { id: true; 'hardware(SoftLayer_Hardware_Server)': { hostname: true } }
> = { id: 1, hardware: [{ hostname: 'web1' }] };
export const selected: { id?: number } = select({
  id: true,
  'datacenter(SoftLayer_Location_Datacenter)': true,
});
export type SparePool = ServiceMap['SoftLayer_Hardware_Server']['massSparePool'];
