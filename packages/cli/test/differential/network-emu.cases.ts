import type { DifferentialCases } from './cases';

// Network parts the emulator serves beyond the core ones: L7 pools and policies of the IBM Cloud Load Balancers
// (seeded web-lb 610001, whose first listener is 880001 with uuid 97123df7-…), VLAN orders, and the seeded Citrix
// NetScalers. No command adds an L7 policy: the setups add them through `call-api`
// (SoftLayer_Network_LBaaS_L7Policy::addL7Policies).
// `lb detail` is not compared (slcli's Members row is wrong, see the README); test/lb-l7.integ.test.ts reads it.
const LISTENER = '97123df7-eb10-4ea5-aefb-9ae9dc509c8a';
const POOL =
  '-n images -m WEIGHTED_RR -S 10.0.0.5:8080:40 -S 10.0.0.6:8080:60 --healthPath /healthz --sticky';
const POLICIES =
  '[{"l7Policy":{"name":"old-site","action":"REDIRECT_URL","priority":5,"redirectUrl":"https://www.example.com/"},' +
  '"l7Rules":[{"type":"HOST_NAME","comparisonType":"EQUAL_TO","value":"old.example.com"}]},' +
  '{"l7Policy":{"name":"blocked","action":"REJECT","priority":2}}]';
const L7_POOLS =
  'call-api SoftLayer_Network_LBaaS_LoadBalancer getObject --id 610001 ' +
  '--mask l7Pools[id,name,protocol,loadBalancingAlgorithm,l7Members[address,port,weight],l7HealthMonitor,l7SessionAffinity]';

const cases: DifferentialCases = {
  reads: [
    'lb l7policies -p 880001',
    'call-api SoftLayer_Network_LBaaS_LoadBalancer getL7Pools --id 610001',
    // The seeded Citrix NetScalers 81001 (dal13) and 81002 (ams03), as JSON and as tables.
    'lb ns-list',
    'lb ns-detail 81001',
    'lb ns-detail 81002',
    '--format table lb ns-list',
    '--format table lb ns-detail 81001',
  ],
  failures: ['lb l7policies -p 999', 'lb ns-detail 81999'],
  writes: [
    { write: `lb l7pool-add 610001 ${POOL}`, read: L7_POOLS },
    { write: 'lb l7pool-add web-lb -n api -P HTTPS -S 10.0.0.7:443:50', read: L7_POOLS },
    // The API refuses a name the load balancer already has: both print its error, nothing is added.
    {
      write: 'lb l7pool-add 610001 -n images -S 10.0.0.9:80:10',
      read: L7_POOLS,
      setup: [`lb l7pool-add 610001 ${POOL}`],
    },
    { write: 'lb l7pool-del 880024', read: L7_POOLS, setup: [`lb l7pool-add 610001 ${POOL}`] },
    { write: 'lb l7pool-del 880099', read: L7_POOLS },
    {
      write: 'lb l7policies',
      read: 'lb l7policies -p 880001',
      setup: [`call-api SoftLayer_Network_LBaaS_L7Policy addL7Policies ${LISTENER} ${POLICIES}`],
    },
  ],
};

export default cases;
