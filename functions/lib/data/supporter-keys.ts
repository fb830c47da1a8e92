/**
 * Supporters ("me too") live in their petition's partition, never under "PUB#":
 *   sk PRIVATE#SUPPORTER#<id>            the supporter: commune, and their contact when given
 *   sk PRIVATE#SUPPORTER_KEY#<hmac>      one per contact given (HMAC of the normalised email or
 *                                        phone): the uniqueness key that stops a double count
 */
export const supporterKeys = {
  supporterSk: (supporterId: string) => `PRIVATE#SUPPORTER#${supporterId}`,
  supporterPrefix: 'PRIVATE#SUPPORTER#',
  uniqueSk: (contactHash: string) => `PRIVATE#SUPPORTER_KEY#${contactHash}`,
};
