// Hand-written placeholder with the final names and shapes; replaced by the generated declarations
// (tooling/codegen) shortly. Keep consumers coding against: ServiceMap, ServiceName, MethodName,
// MethodParameters, MethodResult and the datatype interfaces.

/** The root of every datatype. */
export type SoftLayer_Entity = {};

/** A SoftLayer customer account. */
export interface SoftLayer_Account extends SoftLayer_Entity {
  id?: number;
  companyName?: string;
  virtualGuests?: SoftLayer_Virtual_Guest[];
  virtualGuestCount?: number;
  hardware?: SoftLayer_Hardware[];
  hardwareCount?: number;
}

/** A piece of hardware. */
export interface SoftLayer_Hardware extends SoftLayer_Entity {
  id?: number;
  hostname?: string;
  domain?: string;
  fullyQualifiedDomainName?: string;
}

/** A virtual server. */
export interface SoftLayer_Virtual_Guest extends SoftLayer_Entity {
  id?: number;
  hostname?: string;
  domain?: string;
  fullyQualifiedDomainName?: string;
  maxMemory?: number;
  startCpus?: number;
  account?: SoftLayer_Account;
}

/** The methods of the SoftLayer_Account service. */
export interface SoftLayer_Account_Service {
  getObject: { parameters: []; returns: SoftLayer_Account; static: true };
  getVirtualGuests: { parameters: []; returns: SoftLayer_Virtual_Guest[] };
  getHardware: { parameters: []; returns: SoftLayer_Hardware[] };
}

/** The methods of the SoftLayer_Virtual_Guest service. */
export interface SoftLayer_Virtual_Guest_Service {
  getObject: { parameters: []; returns: SoftLayer_Virtual_Guest };
  createObject: {
    parameters: [templateObject: SoftLayer_Virtual_Guest];
    returns: SoftLayer_Virtual_Guest;
    static: true;
  };
}

/** Every service, by name. */
export interface ServiceMap {
  SoftLayer_Account: SoftLayer_Account_Service;
  SoftLayer_Virtual_Guest: SoftLayer_Virtual_Guest_Service;
}

export type ServiceName = keyof ServiceMap;
export type MethodName<S extends ServiceName> = keyof ServiceMap[S] & string;
export type MethodParameters<S extends ServiceName, M extends MethodName<S>> = ServiceMap[S][M] extends {
  parameters: infer P;
}
  ? P
  : never;
export type MethodResult<S extends ServiceName, M extends MethodName<S>> = ServiceMap[S][M] extends {
  returns: infer R;
}
  ? R
  : never;
