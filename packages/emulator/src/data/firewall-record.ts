/** One rule of a firewall, as `SoftLayer_Network_Firewall_Update_Request::createObject` last set it. */
export interface FirewallRuleRecord {
  orderValue: number;
  action: 'permit' | 'deny';
  protocol: string;
  sourceIpAddress: string;
  sourceIpSubnetMask: string;
  destinationIpAddress: string;
  destinationIpSubnetMask: string;
  destinationPortRangeStart: number | null;
  destinationPortRangeEnd: number | null;
  version: 4 | 6;
  notes: string | null;
}

/**
 * A firewall of the account: a standard one in front of a guest or hardware server
 * (`SoftLayer_Network_Component_Firewall`), a dedicated one on a VLAN, or a multi-VLAN gateway firewall (both
 * `SoftLayer_Network_Vlan_Firewall`).
 */
export interface FirewallRecord {
  id: number;
  kind: 'guest' | 'hardware' | 'vlan' | 'gateway';
  /** The guest or hardware server a standard firewall protects. */
  serverId: number | null;
  /** The VLAN a dedicated firewall protects, or a gateway's inside VLAN. */
  vlanId: number | null;
  highAvailability: boolean;
  /** A gateway's name (`fw-gw-dal13`). */
  name: string | null;
  /** A gateway's FortiGate login. */
  username: string | null;
  password: string | null;
  rules: FirewallRuleRecord[];
  orderId: number;
  createdAt: number;
  modifiedAt: number;
}

/** A rules change (`SoftLayer_Network_Firewall_Update_Request`): applied at once, kept for reading back. */
export interface FirewallUpdateRequestRecord {
  id: number;
  firewallId: number;
  /** The access control list it named (dedicated firewalls), else null (standard ones). */
  accessControlListId: number | null;
  userId: number;
  createdAt: number;
  ruleCount: number;
}
