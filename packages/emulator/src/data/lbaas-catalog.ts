// Fixed reference data of IBM Cloud Load Balancers (LBaaS): protocols, balancing methods, ciphers and limits.
import type { LoadBalancerProtocol } from './records';

/** Frontend and backend protocols a listener takes. */
export const LBAAS_PROTOCOLS: readonly LoadBalancerProtocol[] = ['HTTP', 'HTTPS', 'TCP'];

/** How a pool spreads requests over the members. */
export const LOAD_BALANCING_METHODS: readonly string[] = ['ROUNDROBIN', 'WEIGHTED_RR', 'LEASTCONNECTION'];

/** Session stickiness a pool may have. */
export const SESSION_TYPES: readonly string[] = ['SOURCE_IP', 'HTTP_COOKIE'];

/** The load balancer types, as the reference's `LoadBalancerManager.TYPE` names them. */
export const LOAD_BALANCER_TYPES: Readonly<Record<0 | 1 | 2, string>> = {
  0: 'Private to Private',
  1: 'Public to Private',
  2: 'Public to Public',
};

/** `SoftLayer_Network_LBaaS_SSLCipher::getAllObjects`: the ciphers an HTTPS listener may offer. */
export const SSL_CIPHERS: ReadonlyArray<{ id: number; name: string }> = [
  { id: 1, name: 'ECDHE-RSA-AES128-GCM-SHA256' },
  { id: 2, name: 'ECDHE-RSA-AES256-GCM-SHA384' },
  { id: 3, name: 'ECDHE-RSA-AES128-SHA256' },
  { id: 4, name: 'ECDHE-RSA-AES256-SHA384' },
  { id: 5, name: 'ECDHE-ECDSA-AES128-GCM-SHA256' },
  { id: 6, name: 'ECDHE-ECDSA-AES256-GCM-SHA384' },
  { id: 7, name: 'AES128-GCM-SHA256' },
  { id: 8, name: 'AES256-GCM-SHA384' },
  { id: 9, name: 'AES128-SHA256' },
  { id: 10, name: 'AES256-SHA256' },
];

/** The ciphers a new load balancer is configured with. */
export const DEFAULT_SSL_CIPHER_IDS: readonly number[] = [1, 2, 3, 4, 5, 6];

/** Ranges the API enforces on listeners, health monitors and members. */
export const LBAAS_LIMITS = {
  port: [1, 65535],
  timeout: [1, 7200],
  connectionLimit: [1, 15000],
  healthInterval: [2, 60],
  healthRetries: [1, 10],
  healthTimeout: [1, 59],
  weight: [0, 100],
  /** Listeners (frontend ports) per load balancer. */
  listeners: 10,
  /** Members per load balancer. */
  members: 50,
} as const;
