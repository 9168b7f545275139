/** A placement group (`SoftLayer_Virtual_PlacementGroup`): guests ordered into it are spread by its rule. */
export interface PlacementGroupRecord {
  id: number;
  name: string;
  backendRouterId: number;
  ruleId: number;
  createdAt: number;
}
