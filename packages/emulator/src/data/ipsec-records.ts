// IPsec VPN tunnel contexts (`SoftLayer_Network_Tunnel_Module_Context`), their address translations and the
// account's remote (customer) subnets.

/** The phase 1 and phase 2 settings of a tunnel, as the API names them. */
export interface IpsecPhaseSettings {
  phaseOneAuthentication: string;
  phaseOneDiffieHellmanGroup: number;
  phaseOneEncryption: string;
  phaseOneKeylife: number;
  phaseTwoAuthentication: string;
  phaseTwoDiffieHellmanGroup: number;
  phaseTwoEncryption: string;
  phaseTwoKeylife: number;
  phaseTwoPerfectForwardSecrecy: number;
}

/** A tunnel context: its peers, key, phase settings and the subnets it joins. */
export interface IpsecContextRecord extends IpsecPhaseSettings {
  id: number;
  /** The API's name of the context (`ipsec01.dal13`). */
  name: string;
  friendlyName: string | null;
  datacenterId: number;
  /** SoftLayer's end of the tunnel (a public address in the datacenter). */
  internalPeerIpAddress: string;
  /** The customer's end of the tunnel. */
  customerPeerIpAddress: string | null;
  presharedKey: string | null;
  advancedConfigurationFlag: number;
  /** The account's subnets behind the tunnel. */
  internalSubnetIds: number[];
  /** Remote (customer) subnets: rows of `ipsecCustomerSubnets`. */
  customerSubnetIds: number[];
  /** SoftLayer service network subnets reachable through the tunnel. */
  serviceSubnetIds: number[];
  /** Statically routed subnets (ordered subnets routed to the tunnel). */
  staticRouteSubnetIds: number[];
  /** Configuration requests (`applyConfigurationsToDevice`), newest last. */
  configurationRequests: number[];
  orderId: number;
  createdAt: number;
  modifiedAt: number;
}

/** A NAT entry of a context: an internal (static) address seen as a remote one. */
export interface IpsecTranslationRecord {
  id: number;
  contextId: number;
  internalIpAddress: string;
  customerIpAddress: string;
  notes: string | null;
  createdAt: number;
  modifiedAt: number;
}

/** A remote network of the customer (`SoftLayer_Network_Customer_Subnet`). */
export interface IpsecCustomerSubnetRecord {
  id: number;
  networkIdentifier: string;
  cidr: number;
  createdAt: number;
}
