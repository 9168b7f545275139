import { formatApiDate } from '../data/dates';
import type { PlacementGroupRecord } from '../data/placement-group-record';
import type { GuestRecord } from '../data/records';
import { backendRouterById, routerView } from '../data/routers';
import { defineModel, type TypeModel, type ViewContext } from './type-model';

/** The rules a placement group can have (`SoftLayer_Virtual_PlacementGroup_Rule`). */
export const PLACEMENT_RULES: ReadonlyArray<{ id: number; keyName: string; name: string }> = [
  { id: 1, keyName: 'SPREAD', name: 'SPREAD' },
];

/** At most this many guests in one group (the API's limit for spread groups). */
export const PLACEMENT_GROUP_LIMIT = 5;

export function groupGuests(group: PlacementGroupRecord, context: ViewContext): GuestRecord[] {
  return context.state.guests.filter((guest) => guest.placementGroupId === group.id);
}

export const placementGroupModel: TypeModel<unknown> = defineModel<PlacementGroupRecord>({
  type: 'SoftLayer_Virtual_PlacementGroup',
  direct: ['id', 'name'],
  local: (group, context) => ({
    id: group.id,
    name: group.name,
    accountId: context.state.accountId,
    backendRouterId: group.backendRouterId,
    ruleId: group.ruleId,
    createDate: formatApiDate(group.createdAt),
    modifyDate: formatApiDate(group.createdAt),
  }),
  relations: {
    rule: {
      type: 'SoftLayer_Virtual_PlacementGroup_Rule',
      get: (group) => PLACEMENT_RULES.find((rule) => rule.id === group.ruleId),
    },
    backendRouter: {
      type: 'SoftLayer_Hardware_Router',
      get: (group) => {
        const router = backendRouterById(group.backendRouterId);
        return router ? routerView(router) : undefined;
      },
    },
    guests: { type: 'SoftLayer_Virtual_Guest', get: groupGuests },
    guestCount: { type: 'unsignedInt', get: (group, context) => groupGuests(group, context).length },
  },
});
