import { CliError } from '../../cli-error';
import type { OptionSpec } from '../../define-command';

/** The route targets of `subnet route` and `globalip assign`, by their short names. */
export const ROUTE_TARGET_TYPES = {
  vlan: 'SoftLayer_Network_Vlan',
  ip: 'SoftLayer_Network_Subnet_IpAddress',
  hardware: 'SoftLayer_Hardware_Server',
  vsi: 'SoftLayer_Virtual_Guest',
} as const;

/** The API type of a `--target`; required (the reference sends a null type and gets the API's fault). */
export function routeTargetType(
  target: string | undefined,
): (typeof ROUTE_TARGET_TYPES)[keyof typeof ROUTE_TARGET_TYPES] {
  const type = ROUTE_TARGET_TYPES[target as keyof typeof ROUTE_TARGET_TYPES];
  if (!type) throw new CliError("Error: Missing option '--target'. Choose from: vlan, ip, hardware, vsi.");
  return type;
}

/** Where `route` is documented (the help of `subnet route` and `globalip assign`). */
export const ROUTE_HELP: string =
  'More information about types and identifiers on ' +
  'https://sldn.softlayer.com/reference/services/SoftLayer_Network_Subnet/route/';

/** The `--target` option of `subnet route` and `globalip assign`. */
export const TARGET_OPTION: OptionSpec = {
  flags: '--target <type>',
  description: 'choose the type. vlan, ip, hardware, vsi',
  choices: Object.keys(ROUTE_TARGET_TYPES),
};
