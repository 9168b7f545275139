import { type ApiFault, faults } from '../api-fault';
import type { ProductPrice } from '../data/products';

/** The fault for a regional price ordered outside its pricing location group. */
export function priceNotInLocation(price: ProductPrice, datacenter: string): ApiFault {
  return faults.invalidValue(
    `Price # ${price.id} is a location-based price of location group ${price.locationGroupId} and cannot be ordered in ${datacenter}.`,
  );
}
