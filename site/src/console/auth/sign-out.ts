/**
 * Sign-out: the token leaves the tab at once; on AWS the hosted UI's own session ends too
 * (Cognito's /logout comes back to the sign-in page, which must be a registered sign-out URL).
 */
import { consoleConfig } from '../config.ts';
import { consolePaths } from '../paths.ts';
import { clearSession } from './session.ts';
import { hostedSignOutUrl } from './sign-in.ts';

export const SIGNED_OUT_KEY = 'hdnd.console.signedOut';

export function signOut(): void {
  clearSession(sessionStorage);
  sessionStorage.setItem(SIGNED_OUT_KEY, '1');
  const signIn = consoleConfig.signIn;
  const back = `${location.origin}${consolePaths.signIn}`;
  location.assign(signIn.kind === 'hosted' ? hostedSignOutUrl(signIn, back) : back);
}
