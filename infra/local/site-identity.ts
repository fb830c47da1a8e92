/**
 * The demo's own name and emblem for the public site (npm start, the site builds of the
 * tests and the bench): on AWS they come from the stage's `siteIdentity` in cdk.json. A
 * variable already set in the environment wins.
 */
export const DEMO_SITE_IDENTITY: Readonly<Record<string, string>> = {
  PUBLIC_SITE_NAME: 'Tiếp xúc cử tri và kiến nghị – bản trình diễn',
  PUBLIC_SITE_NAME_EN: 'Voter contact and petitions – demo',
  PUBLIC_SITE_EMBLEM: '/favicon.svg',
};
