/** The public XML-RPC endpoint (the default). */
export const API_PUBLIC_ENDPOINT = 'https://api.softlayer.com/xmlrpc/v3.1/';
/** The XML-RPC endpoint on the SoftLayer private network. */
export const API_PRIVATE_ENDPOINT = 'https://api.service.softlayer.com/xmlrpc/v3.1/';
/** The public REST endpoint. */
export const API_PUBLIC_ENDPOINT_REST = 'https://api.softlayer.com/rest/v3.1/';
/** The REST endpoint on the SoftLayer private network. */
export const API_PRIVATE_ENDPOINT_REST = 'https://api.service.softlayer.com/rest/v3.1/';
/** The `User-Agent` the transports send unless told otherwise. */
export const USER_AGENT = 'sl-sdk-typescript/0.x (+https://github.com/softlayer)';

/** True when an endpoint URL selects the REST transport (it contains `/rest`, the reference's rule). */
export function isRestEndpoint(endpointUrl: string): boolean {
  return endpointUrl.includes('/rest');
}
