import { DATACENTERS } from '../data/catalog';
import { pricingGroupById, pricingGroupsOf, pricingGroupView } from '../data/location-prices';
import {
  categoryName,
  type ProductItem,
  type ProductPackage,
  type ProductPreset,
  type ProductPrice,
  productCatalog,
} from '../data/products';
import { locationView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

/** The item categories a product package offers, in catalog order, each once. */
function packageCategoryCodes(packageId: number): string[] {
  return [
    ...new Set(
      productCatalog()
        .items.filter((item) => item.packageId === packageId)
        .map((item) => item.categoryCode),
    ),
  ];
}

export function priceView(price: ProductPrice, withItem = true): Record<string, unknown> {
  const item = productCatalog().itemById.get(price.itemId);
  return {
    id: price.id,
    itemId: price.itemId,
    hourlyRecurringFee: price.hourlyRecurringFee,
    recurringFee: price.recurringFee,
    laborFee: '0',
    oneTimeFee: '0',
    setupFee: '0',
    locationGroupId: price.locationGroupId ?? null,
    ...(price.capacityRestriction
      ? {
          capacityRestrictionType: price.capacityRestriction.type,
          capacityRestrictionMinimum: String(price.capacityRestriction.minimum),
          capacityRestrictionMaximum: String(price.capacityRestriction.maximum),
        }
      : { capacityRestrictionType: null }),
    categories: (price.categoryCodes ?? [price.categoryCode]).map((code) => ({
      id: categoryId(code),
      categoryCode: code,
      name: categoryName(code),
    })),
    ...(price.packageKeyNames
      ? {
          packageReferences: price.packageKeyNames.map((keyName) => ({
            itemPriceId: price.id,
            package: { keyName },
          })),
        }
      : {}),
    ...(withItem && item ? { item: itemView(item, false) } : {}),
    ...pricingLocationGroup(price),
  };
}

/** A regional price's `pricingLocationGroup` (with its locations), which clients filter location prices by. */
function pricingLocationGroup(price: ProductPrice): Record<string, unknown> {
  const group = price.locationGroupId === undefined ? undefined : pricingGroupById(price.locationGroupId);
  return group ? { pricingLocationGroup: pricingGroupView(group, locationView) } : {};
}

export function itemView(item: ProductItem, withPrices = true): Record<string, unknown> {
  const category = {
    id: categoryId(item.categoryCode),
    categoryCode: item.categoryCode,
    name: item.categoryName,
  };
  return {
    id: item.id,
    keyName: item.keyName,
    description: item.description,
    capacity: String(item.capacity),
    units: item.units,
    itemCategory: category,
    categories: [category],
    bundleItems: (item.bundle ?? []).map((bundled, index) => ({
      id: item.id * 10 + index,
      keyName: bundled.keyName,
      capacity: String(bundled.capacity),
      categories: [{ categoryCode: bundled.categoryCode }],
      hardwareGenericComponentModel: {
        id: item.id * 10 + index,
        hardwareComponentType: { keyName: bundled.categoryCode.toUpperCase() },
      },
    })),
    attributes: [
      ...(item.attributes ?? []).map((keyName, index) => ({
        id: item.id * 10 + index,
        attributeTypeKeyName: keyName,
        value: '1',
      })),
      ...(item.attributeValues ?? []).map((attributeValue) => ({ value: attributeValue })),
    ],
    ...(item.capacityMinimum === undefined
      ? {}
      : { capacityMinimum: String(item.capacityMinimum), capacityMaximum: String(item.capacityMaximum) }),
    ...(item.effect?.osCode
      ? {
          softwareDescription: {
            id: categoryId(item.effect.osCode),
            referenceCode: item.effect.osCode,
            longDescription: item.description,
          },
        }
      : {}),
    ...(withPrices
      ? {
          prices: productCatalog()
            .prices.filter((price) => price.itemId === item.id)
            .map((p) => priceView(p, false)),
        }
      : {}),
  };
}

export function presetView(preset: ProductPreset): Record<string, unknown> {
  const { prices, items } = productCatalog();
  const wanted = preset.itemKeys ?? [
    `GUEST_CORE_${preset.cores}`,
    `RAM_${preset.memoryMb / 1024}_GB`,
    `GUEST_DISK_${preset.diskGb}_GB_SAN`,
  ];
  const presetPrices = wanted
    .map((keyName) => items.find((item) => item.keyName === keyName && item.packageId === preset.packageId))
    .map((item) => prices.find((price) => price.itemId === item?.id))
    .filter((price): price is ProductPrice => price !== undefined);
  return {
    id: preset.id,
    keyName: preset.keyName,
    name: preset.name,
    description: preset.description,
    packageId: preset.packageId,
    isActive: '1',
    prices: presetPrices.map((price) => priceView(price)),
    totalMinimumHourlyFee: presetPrices
      .reduce((sum, price) => sum + Number(price.hourlyRecurringFee), 0)
      .toFixed(3),
    totalMinimumRecurringFee: presetPrices
      .reduce((sum, price) => sum + Number(price.recurringFee), 0)
      .toFixed(2),
  };
}

function categoryId(code: string): number {
  let h = 0;
  for (const char of code) h = (h * 31 + char.charCodeAt(0)) % 100_000;
  return h;
}

export const productPackageModel: TypeModel<unknown> = defineModel<ProductPackage>({
  type: 'SoftLayer_Product_Package',
  local(pkg) {
    return {
      id: pkg.id,
      keyName: pkg.keyName,
      name: pkg.name,
      isActive: pkg.isActive,
      statusCode: pkg.isActive ? 'ACTIVE' : 'INACTIVE',
      description: pkg.name,
    };
  },
  relations: {
    type: { type: 'SoftLayer_Product_Package_Type', get: (pkg) => ({ keyName: pkg.typeKeyName }) },
    items: {
      type: 'SoftLayer_Product_Item',
      get: (pkg) =>
        productCatalog()
          .items.filter((item) => item.packageId === pkg.id)
          .map((item) => itemView(item)),
    },
    itemPrices: {
      type: 'SoftLayer_Product_Item_Price',
      get: (pkg) =>
        productCatalog()
          .prices.filter((price) => productCatalog().itemById.get(price.itemId)?.packageId === pkg.id)
          .map((price) => priceView(price)),
    },
    activePresets: {
      type: 'SoftLayer_Product_Package_Preset',
      get: (pkg) =>
        productCatalog()
          .presets.filter((preset) => preset.packageId === pkg.id)
          .map(presetView),
    },
    accountRestrictedActivePresets: { type: 'SoftLayer_Product_Package_Preset', get: () => [] },
    regions: {
      type: 'SoftLayer_Location_Region',
      get: () =>
        DATACENTERS.map((dc) => ({
          keyname: dc.region,
          description: `${dc.name} - ${dc.longName}`,
          location: {
            locationId: dc.id,
            // The pricing groups a datacenter belongs to (location-based prices name them).
            location: {
              ...locationView(dc),
              groups: [{ id: 500 + DATACENTERS.indexOf(dc), name: `${dc.region}_GROUP` }],
              priceGroups: pricingGroupsOf(dc.name).map((group) => pricingGroupView(group)),
            },
          },
          locations: [
            {
              locationId: dc.id,
              location: {
                ...locationView(dc),
                groups: [{ id: 500 + DATACENTERS.indexOf(dc), name: `${dc.region}_GROUP` }],
              },
            },
          ],
        })),
    },
    configuration: {
      type: 'SoftLayer_Product_Package_Order_Configuration',
      get: (pkg) => {
        const codes = packageCategoryCodes(pkg.id);
        return codes.map((code, index) => ({
          id: pkg.id * 100 + index,
          isRequired: 1,
          orderStepId: 1,
          sortOrder: index,
          itemCategory: {
            id: categoryId(code),
            categoryCode: code,
            name: productCatalog().items.find((i) => i.categoryCode === code)?.categoryName ?? code,
          },
        }));
      },
    },
    categories: {
      type: 'SoftLayer_Product_Item_Category',
      get: (pkg) => {
        const codes = packageCategoryCodes(pkg.id);
        return codes.map((code) => ({ id: categoryId(code), categoryCode: code, name: code }));
      },
    },
  },
});

/** The relational properties of an item view (`itemView`), answered from the view itself. */
const ITEM_RELATIONS: Record<string, string> = {
  itemCategory: 'SoftLayer_Product_Item_Category',
  categories: 'SoftLayer_Product_Item_Category',
  prices: 'SoftLayer_Product_Item_Price',
  attributes: 'SoftLayer_Product_Item_Attribute',
  softwareDescription: 'SoftLayer_Software_Description',
};

/**
 * `SoftLayer_Product_Item` rows (item views): the API answers `itemCategory` whatever the mask (the reference's
 * `add_subnet` masks only the prices and reads the category).
 */
export const productItemModel: TypeModel<unknown> = defineModel<Record<string, unknown>>({
  type: 'SoftLayer_Product_Item',
  // `itemCategory` stays with the local properties: the API returns it whatever the mask, nested too (a package's
  // `items[prices]` still carries each item's category, which the reference's storage ordering reads).
  local: (item) =>
    Object.fromEntries(
      Object.entries(item).filter(([key]) => key === 'itemCategory' || !(key in ITEM_RELATIONS)),
    ),
  relations: Object.fromEntries(
    Object.entries(ITEM_RELATIONS).map(([key, type]) => [
      key,
      { type, get: (item: Record<string, unknown>) => item[key] },
    ]),
  ),
  alwaysIncluded: ['itemCategory'],
});

/** The relational properties of a price view (`priceView`), answered from the view itself. */
const PRICE_RELATIONS: Record<string, string> = {
  item: 'SoftLayer_Product_Item',
  categories: 'SoftLayer_Product_Item_Category',
  pricingLocationGroup: 'SoftLayer_Location_Group_Pricing',
  packageReferences: 'SoftLayer_Product_Package_Item_Prices',
};

/**
 * `SoftLayer_Product_Item_Price` rows (price views): the API answers a price's `item` whatever the mask (the
 * reference's `order item-list --prices LOCATION` masks only the pricing group and reads the item's key name).
 */
export const productItemPriceModel: TypeModel<unknown> = defineModel<Record<string, unknown>>({
  type: 'SoftLayer_Product_Item_Price',
  local: (price) =>
    Object.fromEntries(Object.entries(price).filter(([key]) => key === 'item' || !(key in PRICE_RELATIONS))),
  relations: Object.fromEntries(
    Object.entries(PRICE_RELATIONS).map(([key, type]) => [
      key,
      { type, get: (price: Record<string, unknown>) => price[key] },
    ]),
  ),
  alwaysIncluded: ['item'],
});
