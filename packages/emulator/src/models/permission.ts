/**
 * A portal permission as `SoftLayer_User_Customer_CustomerPermission_Permission` shows it: its `keyName`, a
 * readable `name`, and the short `key` the API also carries (`ALL_…` for the access-to-everything permissions,
 * which slcli's `user device-access` looks for).
 */
export function permissionView(keyName: string): { key: string; keyName: string; name: string } {
  const words = keyName.split('_');
  const key = keyName.startsWith('ACCESS_ALL_')
    ? `ALL_${words.slice(2).join('_')}`
    : `${words.map((word) => word.charAt(0)).join('')}_${words.length}`;
  return { key, keyName, name: keyName.replaceAll('_', ' ').toLowerCase() };
}
