import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderingManager } from '../src/ordering-manager';
import {
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  managerCase,
  recordingClient,
  SMALL_GUEST_ITEMS,
  startTestEmulator,
} from './support';

/* Quotes and location lookups of OrderingManager. */

/** The container the reference's fixture answers for a quote. */
const QUOTE_CONTAINER = {
  presetId: '',
  prices: [{ id: 1921 }],
  quantity: 1,
  packageId: 50,
  useHourlyPricing: '',
  reservedCapacityId: '',
};
const EXTRA = { hardware: [{ hostname: 'test', domain: 'example.com' }] };
const DATACENTERS = [
  { id: 1854895, name: 'dal13', regions: [{ keyname: 'DALLAS13' }] },
  { id: 449494, name: 'dal09', regions: [{ keyname: 'DALLAS09' }] },
];

describe('OrderingManager quotes ask what the reference asks', () => {
  it.each([
    ['ordering.get_quotes()', (o: OrderingManager) => o.getQuotes()],
    ['ordering.get_quote_details(1234)', (o: OrderingManager) => o.getQuoteDetails(1234)],
    ['ordering.save_quote(1234)', (o: OrderingManager) => o.saveQuote(1234)],
    ['ordering.get_order_container(1234)', (o: OrderingManager) => o.getOrderContainer(1234)],
    [
      "ordering.verify_quote(1234, {'hardware': [{'hostname': 'test', 'domain': 'example.com'}]})",
      (o: OrderingManager) => o.verifyQuote(1234, EXTRA),
    ],
    [
      "ordering.order_quote(1234, {'hardware': [{'hostname': 'test', 'domain': 'example.com'}]})",
      (o: OrderingManager) => o.orderQuote(1234, EXTRA),
    ],
    ["ordering.resolve_location_name('DALLAS13')", (o: OrderingManager) => o.resolveLocationName('DALLAS13')],
    [
      "ordering.get_item_prices_by_location('DALLAS13', 'BARE_METAL_SERVER')",
      (o: OrderingManager) => o.getItemPricesByLocation('DALLAS13', 'BARE_METAL_SERVER'),
    ],
  ])('%s', async (name, run) => {
    const { client, calls } = recordingClient({
      'Billing_Order_Quote::getRecalculatedOrderContainer': QUOTE_CONTAINER,
      'Location::getDatacenters': DATACENTERS,
      'Product_Package::getAllObjects': [{ id: 200 }],
    });
    await run(new OrderingManager(client));
    expectSameCalls(name, calls);
  });

  it("ordering.place_quote('BARE_METAL_SERVER', 'NONE', […], complex_type=…) (location as text)", async () => {
    const name =
      "ordering.place_quote('BARE_METAL_SERVER', 'NONE', ['BANDWIDTH_0_GB_2', '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS', 'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT'], complex_type='SoftLayer_Container_Product_Order_Hardware_Server')";
    const keys = [
      'BANDWIDTH_0_GB_2',
      '10_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS',
      'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT',
    ];
    const { client, calls } = recordingClient({
      'Product_Package::getAllObjects': [{ id: 200 }],
      'Product_Package::getItems': keys.map((keyName, index) => ({
        id: index + 1,
        keyName,
        itemCategory: { categoryCode: 'other' },
        prices: [{ id: [1800, 272, 37650][index], locationGroupId: null }],
      })),
    });
    await new OrderingManager(client).placeQuote('BARE_METAL_SERVER', 'NONE', keys, {
      complexType: 'SoftLayer_Container_Product_Order_Hardware_Server',
    });
    // As for every order: the location id travels as text (the metadata types it so; the API reads either).
    const reference = structuredClone(managerCase(name).calls);
    const quote = (reference.at(-1)!.args as Array<{ orderContainers: Array<{ location: unknown }> }>)[0]!;
    quote.orderContainers[0]!.location = '0';
    expectReferenceCalls(calls, reference, name);
  });

  it('refuses bad quote ids, extras and locations before sending anything', async () => {
    const { client, calls } = recordingClient();
    const ordering = new OrderingManager(client);
    await expectRefused(
      [
        ['getQuoteDetails(0)', () => ordering.getQuoteDetails(0), /the quote id/],
        ['verifyQuote(bad extra)', () => ordering.verifyQuote(1, [] as never), /extra must be an object/],
        ['orderQuote(quantity 0)', () => ordering.orderQuote(1, {}, { quantity: 0 }), /the quantity/],
        ['resolveLocationName("")', () => ordering.resolveLocationName(''), /the location/],
        ['resolveLocationName(unknown)', () => ordering.resolveLocationName('unknown'), /invalid location/],
      ],
      calls,
    );
  });
});

describe('OrderingManager quotes against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let ordering: OrderingManager;
  beforeAll(async () => {
    setup = await startTestEmulator();
    ordering = new OrderingManager(setup.client);
  });
  afterAll(() => setup.close());

  it('places a quote, saves it, verifies it, and orders it: a guest appears and the quote leaves the active ones', async () => {
    const { state } = setup.emulator;
    const receipt = await ordering.placeQuote('PUBLIC_CLOUD_SERVER', 'dal13', SMALL_GUEST_ITEMS, {
      complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest',
      quoteName: 'web tier',
    });
    const quoteId = receipt.quote?.id as number;
    expect(receipt.quote?.name).toBe('web tier');
    expect((await ordering.getQuotes()).map((quote) => quote.id)).toContain(quoteId);
    const details = await ordering.getQuoteDetails(quoteId);
    expect(details.order?.items?.[0]?.package?.keyName).toBe('PUBLIC_CLOUD_SERVER');
    expect((await ordering.saveQuote(quoteId)).status).toBe('SAVED');
    const extra = { virtualGuests: [{ hostname: 'quoted1', domain: 'example.com' }] };
    const verified = await ordering.verifyQuote(quoteId, extra);
    expect(verified.prices?.length).toBe(SMALL_GUEST_ITEMS.length);
    const guests = state.guests.size;
    expect(state.guests.all().some((guest) => guest.hostname === 'quoted1')).toBe(false);
    const placed = await ordering.orderQuote(quoteId, extra);
    expect(placed.orderId).toEqual(expect.any(Number));
    expect(state.guests.size).toBe(guests + 1);
    expect(state.guests.all().some((guest) => guest.hostname === 'quoted1')).toBe(true);
    expect((await ordering.getQuotes()).map((quote) => quote.id)).not.toContain(quoteId);
    await expect(ordering.orderQuote(quoteId, extra)).rejects.toThrow(/already been ordered/);
  });

  it('a quote with an unknown price keeps nothing; an order refused at verification places nothing', async () => {
    const { state } = setup.emulator;
    const quotes = state.quotes.size;
    await expect(
      ordering.placeQuote('PUBLIC_CLOUD_SERVER', 'dal13', ['NO_SUCH_ITEM'], {
        complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest',
      }),
    ).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    expect(state.quotes.size).toBe(quotes);
    const receipt = await ordering.placeQuote('PUBLIC_CLOUD_SERVER', 'dal13', SMALL_GUEST_ITEMS, {
      complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest',
    });
    const quoteId = receipt.quote?.id as number;
    const guests = state.guests.size;
    const badHost = { virtualGuests: [{ hostname: 'bad host!', domain: 'example.com' }] };
    await expect(ordering.verifyQuote(quoteId, badHost)).rejects.toThrow();
    expect(state.guests.size).toBe(guests);
    expect(state.quotes.get(quoteId)?.status).toBe('PENDING');
  });

  it('finds a datacenter name from its region and lists the prices there', async () => {
    expect(await ordering.resolveLocationName('DALLAS13')).toBe('dal13');
    expect(await ordering.resolveLocationName('dal13')).toBe('dal13');
    await expect(ordering.resolveLocationName('ATLANTIS01')).rejects.toMatchObject({ code: 'SL_NOT_FOUND' });
    // The emulated catalog has only standard prices (no pricing location groups): none is specific to dal13.
    expect(await ordering.getItemPricesByLocation('DALLAS13', 'PUBLIC_CLOUD_SERVER')).toEqual([]);
  });
});
