import { faults } from '../api-fault';
import { DATACENTERS, type DatacenterSpec } from '../data/catalog';
import { toInteger } from './arguments';

/**
 * The datacenter an order container's `location` names: its id, or its short name in any case (`dal13`, `DAL13`);
 * anything else is the API's invalid-value fault.
 */
export function orderDatacenter(location: unknown): DatacenterSpec {
  const locationId = toInteger(location);
  const datacenter = DATACENTERS.find((dc) =>
    locationId === undefined ? dc.name === String(location).toLowerCase() : dc.id === locationId,
  );
  if (!datacenter) {
    throw faults.invalidValue(`The location ${JSON.stringify(location ?? null)} is not a datacenter.`);
  }
  return datacenter;
}
