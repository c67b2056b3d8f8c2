/** The contract's limits (openapi.yaml), so nothing is sent that it would refuse. */
export const LIMITS = {
  username: 100,
  password: 128,
  email: 254,
  /** The shortest new password, when the server's `passwordRules` are not at hand. */
  newPasswordMin: 8,
  tokenMin: 16,
  tokenMax: 128,
} as const;

/**
 * The e-mail check of the contract's validator (ajv-formats' "fast" email format), so an address
 * that passes here is never refused there.
 */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Whether `text` is an e-mail address the contract accepts. */
export const isEmail = (text: string): boolean => EMAIL.test(text);
