// Type-checks what we publish, as a CommonJS consumer sees it (`index.d.cts`).
import type { MethodResult, SoftLayer_Virtual_Guest } from '../dist/index.cjs';

export const guests: MethodResult<'SoftLayer_Account', 'getVirtualGuests'> = [{ id: 1 }];
export const guest: SoftLayer_Virtual_Guest = { hostname: 'web1' };
