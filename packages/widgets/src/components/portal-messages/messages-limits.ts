// The contract's limits for messages, from the generated contract facts.
import { SendMessageRequest } from '../../generated/contract-facts.js';

/** The longest message body, in characters (code points, as the server counts). */
export const BODY_MAX = SendMessageRequest.body.maxLength;
