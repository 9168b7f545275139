import { DAY_MS, GENERATION_ANCHOR } from './dates';
import type { SslCertificateRecord } from './records';
import type { IdKind } from './state';

// The certificates of the generated account (public certificates only: the account's private keys are not kept).
// Self-signed, made once with Python's `cryptography` (RSA 2048, SHA-256): one valid until 2036, one expired in 2024.

export const GENERATED_CERTIFICATES: readonly string[] = [
  [
    '-----BEGIN CERTIFICATE-----',
    'MIIDAjCCAeqgAwIBAgIUW04E2dqsqyFLVrBuu9qZw+Ux42UwDQYJKoZIhvcNAQEL',
    'BQAwOzEeMBwGA1UEAwwVd3d3LmFjbWUtc2hvcC5leGFtcGxlMRkwFwYDVQQKDBBB',
    'Y21lIENvcnBvcmF0aW9uMB4XDTI1MDExNTAwMDAwMFoXDTM2MDExNTAwMDAwMFow',
    'OzEeMBwGA1UEAwwVd3d3LmFjbWUtc2hvcC5leGFtcGxlMRkwFwYDVQQKDBBBY21l',
    'IENvcnBvcmF0aW9uMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzec3',
    'wU3ZNXY1L5zsxzzO8aeYuk7upBoWRb2t0UVOr63myc75BokcnQIloZfAtHC7d8rX',
    'Oxi9uIDSKJUbt/WBY9Gg11XoHYEExhhM59Mf4qNgsVA/ENXPaGW2WHJjgCmw3G7D',
    'UNwgKMjSLWtPTiO4ct6RmgUTON5TgNqVAryIWS8MR23fdtzO46FrIjC3PaYvFCNs',
    'AmL+GLxPtXj1W9IPE1U2VGpN6u8pov7t5eTIZu0NnlIJ8CAFimaznQsPZ6kj6097',
    'k2JRQwUGT5ukydWp13M8qjv7VBOBGTHrAK1HJuGj8/dtInunK61ktwKFelS7Hnyu',
    '4qvV45W3hJqeKctTfQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQCeirucKGTbfMbP',
    'AyrgYK9n20FNKAkmWsgPZXEIODvRc9XVlZ0/KjM58JbPp5Eet/UeeXS011ZrloSZ',
    '2vIlnpUhxC2emB9ZuRi+hhumfFdTinG6HBjpazLaeUMEcAnAY1cumZwDR1Em7uZM',
    'uVk7wbFCv+vdzIjGp0WyrZhwyo9a0yjf2oPTwYWqBH9iDcjYJ3M4c8Dixxiy0vjw',
    'OAKA+gvF9OcYqJ1zobY7A/uj0dSOZPzN05xl2ruSmYqgwL/VZM1iekJ6uLjXYsBB',
    'RsBgCgAtY1rrs3EjDOIMluPaqVzXnPfdNT8DT5UJhvlxBymKg3Ivq8CeXNx+xt90',
    'pu4Knazm',
    '-----END CERTIFICATE-----',
  ].join('\n'),
  [
    '-----BEGIN CERTIFICATE-----',
    'MIIDCDCCAfCgAwIBAgIUQAqsJ2k7SmNf6fmY70fAp0ULsGcwDQYJKoZIhvcNAQEL',
    'BQAwPjEhMB8GA1UEAwwYbGVnYWN5LmFjbWUtc2hvcC5leGFtcGxlMRkwFwYDVQQK',
    'DBBBY21lIENvcnBvcmF0aW9uMB4XDTIyMDMwMTAwMDAwMFoXDTI0MDMwMTAwMDAw',
    'MFowPjEhMB8GA1UEAwwYbGVnYWN5LmFjbWUtc2hvcC5leGFtcGxlMRkwFwYDVQQK',
    'DBBBY21lIENvcnBvcmF0aW9uMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC',
    'AQEAtegHsl7CNk0y6ZwmXvB9Xi1iu1OvGIBqJelhso22N4Tthjp9OJZ1VQ9rVguw',
    'syZMFdmMIShzQpiFO0VoX4Xc0nmN3TAELbapg5EGFNXuSoROp8Qjd8cOGc4Z4yqX',
    'fG0S7dqKsLjsNZfFX05CtYcVvA39z/e+LNj3fIxpUKMZac644GMEV0kjgPFWobZb',
    '3rdOAemnKR2zSjWoaglca2hGQXL1HlJm7GDj2PdAmLdcU/azNVlngCfgtlAaQoTL',
    'JFyb3R3SyGIsW4BaEfrbyhmsFE76TRR8HAeBPw1cpQsU3fAyj6GefPRf7uS+8uLq',
    'LotV9fbJ7iIh5/MAY2r/0vkoaQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQCGbx2J',
    'kLB+MJTTb2noYKNY0TnPlBD9fCchV5BtX/yjwu2BWlK9tEa1dc8SPlu416LRFdVF',
    'R0LGqNCvczQ72cvCmxHz9dAvPWRn7ljaq2g8H478cYGlSF808Doo1PzuXhL31YSP',
    'QO8rtFkjlMniw9BIFNwOrLdzRWLUfm4B+Rduaed9d80YPvRt9IR4sJJN1nCylClL',
    'LC9Un2WlkxWmHxgUZb+65oGoUxzAbEG8blcX7EQIpqe6TKtp6vnLJT25oNN0iIia',
    'DrGTfAuM5K6uLfqJfFnho/XRTFpUPblGDEliND19Mp2rvRmsZ9IOMBO+8GiJLt3f',
    '86vXvV0oDTXcvvSR',
    '-----END CERTIFICATE-----',
  ].join('\n'),
];

/** The generated account's certificate rows. */
export function generateCertificates(allocate: (kind: IdKind) => number): SslCertificateRecord[] {
  return GENERATED_CERTIFICATES.map((certificate, index) => {
    const createdAt = GENERATION_ANCHOR - (400 - index * 100) * DAY_MS;
    return {
      id: allocate('sslCertificate'),
      certificate,
      intermediateCertificate: null,
      privateKey: null,
      certificateSigningRequest: null,
      notes: index === 0 ? 'storefront' : 'old storefront (expired)',
      createdAt,
      modifiedAt: createdAt,
    };
  });
}
