/** /quan-ly/: straight on to the user's work, or to the sign-in page. */
import { loadSession } from '../auth/session.ts';
import { consolePaths, homeOf } from '../paths.ts';

export function startHome(): void {
  const session = loadSession(sessionStorage);
  location.replace(session ? homeOf(session.user.role) : consolePaths.signIn);
}
