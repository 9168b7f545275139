import { DATACENTERS } from '../data/catalog';
import { locationView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

/**
 * The datacenters a preset is limited to, by preset key name; a preset not named here can be ordered everywhere
 * (its `locations` is empty, as the API shows it).
 */
const PRESET_LOCATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['BL2_4210_128GB_2X960GB_SSD', ['dal10', 'dal13']],
]);

/**
 * `SoftLayer_Product_Package_Preset` rows (preset views, `presetView`): their local properties as the view has
 * them, and `locations`, the datacenters the preset can be ordered in (`slcli order preset-list --prices`).
 */
export const productPresetModel: TypeModel<unknown> = defineModel<Record<string, unknown>>({
  type: 'SoftLayer_Product_Package_Preset',
  local: (preset) => ({ ...preset }),
  relations: {
    locations: {
      type: 'SoftLayer_Location',
      get: (preset) =>
        (PRESET_LOCATIONS.get(String(preset.keyName)) ?? []).flatMap((name) => {
          const datacenter = DATACENTERS.find((candidate) => candidate.name === name);
          return datacenter ? [locationView(datacenter)] : [];
        }),
    },
  },
});
