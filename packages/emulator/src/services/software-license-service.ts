import { activeLicenses, licenseView } from '../models/license';
import { rows, type ServiceDefinition } from './service-definition';

/**
 * `SoftLayer_Software_AccountLicense`: the account's licenses not bound to a server (VMware); `getAllObjects` lists
 * them with their software description and billing item (a license cancelled at once is gone).
 */
export const softwareAccountLicenseService: ServiceDefinition = {
  name: 'SoftLayer_Software_AccountLicense',
  type: 'SoftLayer_Software_AccountLicense',
  find: (id, context) => {
    const license = context.state.licenses.get(id);
    return license?.kind === 'account' ? licenseView(license, context) : undefined;
  },
  methods: {
    getAllObjects: (input) =>
      rows('SoftLayer_Software_AccountLicense', activeLicenses('account', input.context)),
  },
};
