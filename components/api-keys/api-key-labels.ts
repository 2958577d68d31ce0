/** How a key is shown once it can no longer be read whole: its prefix inside the key's shape. */
export const maskedKey = (prefix: string) => `tp_…${prefix}…`;

/** The REST reference, where other systems' developers learn how to send a key. */
export const API_DOCS_PATH = "/api/v1/docs";
