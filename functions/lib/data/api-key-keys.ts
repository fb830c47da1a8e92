/** The Open311 API keys' item keys, built here and nowhere else: one partition, a key per hash. */
export const apiKeyKeys = {
  pk: 'API_KEYS',
  sk: (keyHash: string) => `KEY#${keyHash}`,
  prefix: 'KEY#',
};
