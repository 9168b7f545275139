export { type Auth, type AuthKind, defineAuth } from './auth';
export { authenticateWithPassword, type PasswordLogin } from './authenticate-with-password';
export { createApiKeyAuth } from './create-api-key-auth';
export { createBasicAuth } from './create-basic-auth';
export { createBearerAuth } from './create-bearer-auth';
export { createIamAuth, type IamAuthOptions } from './create-iam-auth';
export { createTokenAuth } from './create-token-auth';
export { IamError } from './iam-error';
export {
  ACCOUNTS_URL,
  getPasscodeUrl,
  IAM_URL,
  type IbmCloudAccount,
  type IbmCloudEndpoints,
  listIbmCloudAccounts,
  loginWithIbmId,
  loginWithPasscode,
  refreshIamTokenForAccount,
} from './ibm-cloud-login';
export { IAM_TOKEN_URL, type IamTokenRequest, type IamTokens, requestIamToken } from './request-iam-token';
