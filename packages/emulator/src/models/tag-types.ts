/** `SoftLayer_Tag::getAllTagTypes`: the kinds of objects tags attach to, by the `tagTypeId` of their references. */
export const TAG_TYPES: ReadonlyArray<{ id: number; keyName: string; description: string }> = [
  { id: 1, keyName: 'HARDWARE', description: 'Hardware' },
  { id: 2, keyName: 'GUEST', description: 'CCI' },
  { id: 3, keyName: 'TICKET', description: 'Ticket' },
  { id: 4, keyName: 'ACCOUNT_DOCUMENT', description: 'Account Document' },
  { id: 5, keyName: 'NETWORK_VLAN_FIREWALL', description: 'Vlan Firewall' },
  { id: 6, keyName: 'CONTRACT', description: 'Contract' },
  { id: 9, keyName: 'IMAGE_TEMPLATE', description: 'Image Template' },
  { id: 10, keyName: 'APPLICATION_DELIVERY_CONTROLLER', description: 'Application Delivery Controller' },
  { id: 11, keyName: 'NETWORK_VLAN', description: 'Vlan' },
  { id: 12, keyName: 'DEDICATED_HOST', description: 'Dedicated Host' },
  { id: 13, keyName: 'NETWORK_SUBNET', description: 'Subnet' },
];

/** The tag type ids of the objects the emulator tags. */
export const TAG_TYPE_IDS = {
  hardware: 1,
  guest: 2,
  image: 9,
  vlan: 11,
  subnet: 13,
} as const;
