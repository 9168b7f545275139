/** An autoscale group (`SoftLayer_Scale_Group`): guests made from one template, between a minimum and a maximum. */
export interface ScaleGroupRecord {
  id: number;
  name: string;
  regionalGroupId: number;
  minimumMemberCount: number;
  maximumMemberCount: number;
  cooldown: number;
  suspended: boolean;
  balancedTermination: boolean;
  terminationPolicyId: number;
  /** The `virtualGuestMemberTemplate` new members are created from. */
  template: Record<string, unknown>;
  createdAt: number;
  modifiedAt: number;
  /** How many members were ever created (numbers new members' hostnames). */
  membersCreated: number;
  /** The VLANs members are placed on (`networkVlans`), by id. */
  networkVlanIds?: number[];
}

/** A scaling policy of a group (`SoftLayer_Scale_Policy`): a relative change of its member count. */
export interface ScalePolicyRecord {
  id: number;
  groupId: number;
  name: string;
  cooldown: number;
  /** Members to add (negative: remove) when the policy runs. */
  amount: number;
  createdAt: number;
}

/** What happened to a group (`SoftLayer_Scale_Group_Log`). */
export interface ScaleLogRecord {
  id: number;
  groupId: number;
  description: string;
  createdAt: number;
}
