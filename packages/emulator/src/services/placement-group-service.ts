import { faults } from '../api-fault';
import { backendRouterById, backendRouters, routerView } from '../data/routers';
import { groupGuests, PLACEMENT_RULES } from '../models/placement-group';
import { objectArg, toInteger } from './arguments';
import { row, rows, type ServiceDefinition, value } from './service-definition';

const TYPE = 'SoftLayer_Virtual_PlacementGroup';

/** `SoftLayer_Virtual_PlacementGroup`: groups of guests spread over hosts behind one backend router. */
export const placementGroupService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => context.state.placementGroups.get(id),
  methods: {
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, TYPE);
      const name = typeof template.name === 'string' ? template.name.trim() : '';
      if (name === '') throw faults.missingParameter('A placement group needs a name.');
      const routerId = toInteger(template.backendRouterId);
      if (routerId === undefined || !backendRouterById(routerId)) {
        throw faults.invalidValue(
          `Invalid backendRouterId "${String(template.backendRouterId)}": not a backend router.`,
        );
      }
      const ruleId = toInteger(template.ruleId);
      if (!PLACEMENT_RULES.some((rule) => rule.id === ruleId)) {
        throw faults.invalidValue(`Invalid ruleId "${String(template.ruleId)}".`);
      }
      const { state, now } = input.context;
      if (state.placementGroups.all().some((group) => group.name === name)) {
        throw faults.publicError(`A placement group named ${name} already exists.`);
      }
      const group = state.mutate(() =>
        state.placementGroups.insert({
          id: state.allocateId('placementGroup'),
          name,
          backendRouterId: routerId,
          ruleId: ruleId as number,
          createdAt: now,
        }),
      );
      return row(TYPE, group);
    },
    // The API refuses to delete a group that still has guests.
    deleteObject: (input) => {
      const group = input.row as { id: number; name: string };
      const { state } = input.context;
      if (groupGuests(state.placementGroups.get(group.id)!, input.context).length > 0) {
        throw faults.publicError(`Placement group ${group.name} still has guests; cancel them first.`);
      }
      state.mutate(() => state.placementGroups.delete(group.id));
      return value(true);
    },
    // (datacenterId?): the backend routers a group can be made on, each with its datacenter
    // (`topLevelLocation`) even without a mask, as the API answers (the reference reads it).
    getAvailableRouters: (input) => {
      const datacenterId = toInteger(input.call.args[0]);
      return {
        kind: 'rows',
        type: 'SoftLayer_Hardware_Router',
        rows: backendRouters()
          .filter((router) => datacenterId === undefined || router.datacenterId === datacenterId)
          .map((router) => {
            const view = routerView(router);
            return { ...view, topLevelLocation: view.datacenter };
          }),
        defaultMask: 'mask[topLevelLocation]',
      };
    },
  },
};

export const placementRuleService: ServiceDefinition = {
  name: 'SoftLayer_Virtual_PlacementGroup_Rule',
  type: 'SoftLayer_Virtual_PlacementGroup_Rule',
  find: (id) => PLACEMENT_RULES.find((rule) => rule.id === id),
  methods: {
    getAllObjects: () => rows('SoftLayer_Virtual_PlacementGroup_Rule', PLACEMENT_RULES),
  },
};
