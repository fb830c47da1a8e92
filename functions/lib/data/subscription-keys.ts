/**
 * Subscriptions ("follow a petition or a commune"):
 *   pk SUBSCRIPTION#<id>                    sk SUBSCRIPTION   the subscription (its address; TTL while pending)
 *   pk FOLLOWERS#PETITION#<code>            sk <id>           a confirmed follower of a petition (the notifier's fan-out)
 *   pk FOLLOWERS#COMMUNE#<commune>          sk <id>           … of a commune's published results
 *   pk SUBSCRIBE_LIMIT#<hmac>#<vn-date>     sk COUNT          confirmation messages asked for one address on one day
 */
export const subscriptionKeys = {
  pk: (id: string) => `SUBSCRIPTION#${id}`,
  sk: 'SUBSCRIPTION',
  followersPk: (target: 'petition' | 'commune', targetId: string) =>
    `FOLLOWERS#${target === 'petition' ? 'PETITION' : 'COMMUNE'}#${targetId}`,
  limitPk: (addressHash: string, day: string) => `SUBSCRIBE_LIMIT#${addressHash}#${day}`,
  limitSk: 'COUNT',
};
