/** The rate-limit counter's keys, built here and nowhere else: one item per client, scope and window. */
export const rateLimitKeys = {
  pk: (scope: string, clientHash: string, windowStart: number) =>
    `RATE#${scope}#${clientHash}#${windowStart}`,
  sk: 'RATE',
};
