/**
 * A VLAN ordered through the `NETWORK_VLAN` package (`SoftLayer_Container_Product_Order_Network_Vlan`), listed after
 * the datacenters' derived VLANs (`data/network.ts`). It has no primary subnet until one is ordered onto it.
 */
export interface OrderedVlanRecord {
  id: number;
  vlanNumber: number;
  name: string;
  networkSpace: 'PUBLIC' | 'PRIVATE';
  datacenterId: number;
  /** The router it hangs off (a `fcr` for public VLANs, a `bcr` for private ones). */
  routerId: number;
  routerHostname: string;
  hourly: boolean;
  orderId: number;
  createdAt: number;
}
