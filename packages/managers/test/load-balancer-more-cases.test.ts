import type { TransportRequest } from '@sl/transport';
import { describe, expect, it } from 'vitest';
import { LoadBalancerManager } from '../src/load-balancer-manager';
import {
  type Answer,
  expectReferenceCalls,
  expectSameCalls,
  managerCase,
  recordingClient,
  startTestEmulator,
} from './support';

/*
 * The manager-calls-more.json cases of LoadBalancerManager: each runs our method through a recording client that
 * answers as the reference's fixtures did, and compares the calls.
 */

const UUID = '1a1aa111-4474-4e16-9f02-4de959229b85';
const LISTENER = {
  backendPort: 80,
  backendProtocol: 'HTTP',
  frontendPort: 8080,
  frontendProtocol: 'HTTP',
  loadBalancingMethod: 'ROUNDROBIN',
  sessionType: 'SOURCE_IP',
  maxConn: 1000,
};

/** What the reference's fixtures answered. */
const ANSWERS: Readonly<Record<string, Answer>> = {
  'Network_LBaaS_LoadBalancer::getObject': { id: 1111111, uuid: UUID },
  'Network_LBaaS_LoadBalancer::getLoadBalancer': { id: 1111111, uuid: UUID },
  'Network_LBaaS_LoadBalancer::getAllObjects': [{ id: 1111111, uuid: UUID, name: 'test-01', listeners: [] }],
  'Product_Package::getAllObjects': [{ id: 200, keyName: 'LBAAS', itemPrices: [{ id: 199467 }] }],
};

/** The reference's L7 health check as its case sends it (`retry` is not in the metadata's type). */
const L7_HEALTH = { interval: 5, retry: 2, timeout: 2, urlPath: '/' };

async function record(run: (lb: LoadBalancerManager) => Promise<unknown>): Promise<TransportRequest[]> {
  const { client, calls } = recordingClient(ANSWERS);
  await run(new LoadBalancerManager(client));
  return calls;
}

describe('LoadBalancerManager: the manager-calls-more.json cases', () => {
  const cases: Array<[string, (lb: LoadBalancerManager) => Promise<unknown>]> = [
    ['lb.get_adcs()', (lb) => lb.getAdcs()],
    ['lb.get_adc(11449)', (lb) => lb.getAdc(11449)],
    ["lb.get_lbaas_by_name('test-01')", (lb) => lb.getLbaasByName('test-01')],
    [`lb.get_lbaas_uuid_id('1a1aa111-4474-4e16-9f02-4de959229b85')`, (lb) => lb.getLbaasUuidId(UUID)],
    [
      `lb.update_lb_health_monitors('1a1aa111-4474-4e16-9f02-4de959229b85', [{'healthMonitorUuid': '1a1aa111-5555-4e16-9f02-4de959229b85', 'backendProtocol': 'HTTP', 'backendPort': 80, 'interval': 5, 'maxRetries': 2, 'timeout': 2, 'urlPath': '/'}])`,
      (lb) =>
        lb.updateLbHealthMonitors(UUID, [
          {
            healthMonitorUuid: '1a1aa111-5555-4e16-9f02-4de959229b85',
            backendProtocol: 'HTTP',
            backendPort: 80,
            interval: 5,
            maxRetries: 2,
            timeout: 2,
            urlPath: '/',
          },
        ]),
    ],
    [
      `lb.add_lb_member('1a1aa111-4474-4e16-9f02-4de959229b85', {'privateIpAddress': '10.0.0.5', 'weight': 50})`,
      (lb) => lb.addLbMember(UUID, { privateIpAddress: '10.0.0.5', weight: 50 }),
    ],
    [
      `lb.delete_lb_member('1a1aa111-4474-4e16-9f02-4de959229b85', 'ba23a166-faa4-4eb2-96e7-ef049d65ce60')`,
      (lb) => lb.deleteLbMember(UUID, 'ba23a166-faa4-4eb2-96e7-ef049d65ce60'),
    ],
    [
      `lb.add_lb_listener('1a1aa111-4474-4e16-9f02-4de959229b85', {'backendPort': 80, 'backendProtocol': 'HTTP', 'frontendPort': 8080, 'frontendProtocol': 'HTTP', 'loadBalancingMethod': 'ROUNDROBIN', 'sessionType': 'SOURCE_IP', 'maxConn': 1000})`,
      (lb) => lb.addLbListener(UUID, LISTENER),
    ],
    [
      `lb.remove_lb_listener('1a1aa111-4474-4e16-9f02-4de959229b85', 'a1111111-c5e7-413f-9f78-84f6c5e1ca04')`,
      (lb) => lb.removeLbListener(UUID, 'a1111111-c5e7-413f-9f78-84f6c5e1ca04'),
    ],
    ['lb.get_l7policies(1111111)', (lb) => lb.getL7Policies(1111111)],
    ['lb.get_all_l7policies()', (lb) => lb.getAllL7Policies()],
    [
      `lb.add_lb_l7_pool('1a1aa111-4474-4e16-9f02-4de959229b85', {'name': 'pool1', 'protocol': 'HTTP', 'loadBalancingAlgorithm': 'ROUNDROBIN'}, [{'address': '10.0.0.6', 'port': 80, 'weight': 10}], {'interval': 5, 'retry': 2, 'timeout': 2, 'urlPath': '/'}, {'type': 'SOURCE_IP'})`,
      (lb) =>
        lb.addLbL7Pool(
          UUID,
          { name: 'pool1', protocol: 'HTTP', loadBalancingAlgorithm: 'ROUNDROBIN' },
          [{ address: '10.0.0.6', port: 80, weight: 10 }],
          L7_HEALTH,
          { type: 'SOURCE_IP' },
        ),
    ],
    ['lb.lbaas_order_options()', (lb) => lb.lbaasOrderOptions()],
    [
      `lb.order_lbaas({'id': 1854895}, 'test-lb', 'my lb', [{'backendPort': 80, 'backendProtocol': 'HTTP', 'frontendPort': 8080, 'frontendProtocol': 'HTTP', 'loadBalancingMethod': 'ROUNDROBIN', 'sessionType': 'SOURCE_IP', 'maxConn': 1000}], 12345, public=True, verify=True)`,
      (lb) =>
        lb.orderLbaas({ id: 1854895 }, 'test-lb', 'my lb', [LISTENER], 12345, { public: true, verify: true }),
    ],
    [`lb.cancel_lbaas('1a1aa111-4474-4e16-9f02-4de959229b85')`, (lb) => lb.cancelLbaas(UUID)],
  ];
  it.each(cases)('%s', async (name, run) => {
    expectSameCalls(name, await record(run));
  });

  it("lb.get_lbaas_uuid_id('1111111'): the id goes out as a number (the reference sends the text; the API takes both)", async () => {
    const name = "lb.get_lbaas_uuid_id('1111111')";
    const calls = await record((lb) => lb.getLbaasUuidId('1111111'));
    const expected = managerCase(name).calls.map((call) => ({ ...call, id: 1111111 }));
    expectReferenceCalls(calls, expected, name);
  });
});

describe('LoadBalancerManager.lbaasOrderOptions against the emulator', () => {
  it('reads the LBAAS package with its prices and the regions it is sold in', async () => {
    const setup = await startTestEmulator();
    try {
      const options = await new LoadBalancerManager(setup.client).lbaasOrderOptions();
      expect(options).toMatchObject({ keyName: 'LBAAS', name: 'IBM Cloud Load Balancer' });
      expect(options.items?.map((item) => item.keyName)).toEqual([
        'LOAD_BALANCER_UPTIME',
        'LOAD_BALANCER_DATA_PROCESSED',
      ]);
      expect(options.items?.[0]?.prices?.[0]).toMatchObject({ hourlyRecurringFee: '0.028' });
      expect(options.regions?.[0]).toMatchObject({
        location: { location: { name: expect.any(String), groups: [{ id: expect.any(Number) }] } },
      });
    } finally {
      await setup.close();
    }
  });
});
