import { describe, expect, it } from 'vitest';
import { listPropertyOf, withStableOrder } from './stable-order';

const ORDER = { operation: 'orderBy', options: [{ name: 'sort', value: ['ASC'] }] };

describe('withStableOrder', () => {
  it('derives the property from the method name', () => {
    expect(listPropertyOf('getVirtualGuests')).toBe('virtualGuests');
    expect(listPropertyOf('getAllBillingItems')).toBe('allBillingItems');
    expect(listPropertyOf('getAllObjects')).toBe('');
    expect(listPropertyOf('findByHostname')).toBeUndefined();
    expect(listPropertyOf('get')).toBeUndefined();
  });

  it('adds orderBy id under the property, at the root for getAllObjects, and leaves sorted filters alone', () => {
    expect(withStableOrder(undefined, 'getHardware')).toEqual({ hardware: { id: ORDER } });
    expect(withStableOrder({ keyName: { operation: 'BARE_METAL_CPU' } }, 'getAllObjects')).toEqual({
      keyName: { operation: 'BARE_METAL_CPU' },
      id: ORDER,
    });
    const searchesId = {
      virtualGuests: { id: { operation: 'in', options: [{ name: 'data', value: [1, 2] }] } },
    };
    expect(withStableOrder(searchesId, 'getVirtualGuests')).toBe(searchesId);
    const sorted = {
      tickets: { createDate: { operation: 'orderBy', options: [{ name: 'sort', value: ['DESC'] }] } },
    };
    expect(withStableOrder(sorted, 'getTickets')).toBe(sorted);
    expect(withStableOrder(undefined, 'findByHostname')).toBeUndefined();
  });
});
