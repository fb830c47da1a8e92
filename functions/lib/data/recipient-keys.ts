/**
 * The recipient's keys, built here and nowhere else: one partition per hashed address
 * (recipientHash in recipient-repository.ts), a counter per Vietnam day and a suppression.
 */
export const recipientKeys = {
  pk: (hash: string) => `RECIPIENT#${hash}`,
  sentSk: (day: string) => `SENT#${day}`,
  suppressedSk: 'SUPPRESSED',
};
