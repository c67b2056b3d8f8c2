// The contract's limits for messages (openapi.yaml: SendMessageRequest.body, recipientIds).
// TODO(forms): import from the generated contract-facts module once it lands.

/** The longest message body, in characters. */
export const BODY_MAX = 2000;
