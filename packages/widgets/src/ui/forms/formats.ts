import { emailFormat } from '../../generated/contract-facts.js';

/** Whether `text` is an e-mail address the server accepts (its own check, from the contract). */
export const isEmail = (text: string): boolean => emailFormat.test(text);
