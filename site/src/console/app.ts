/**
 * Starts a console page: the reader's language, the session (or a trip to the sign-in
 * page), the API clients, the header and navigation for the user's role, then the page's
 * screen. Failures that every screen shares are handled here once: 401 → sign in again,
 * 403 → "not allowed", no network → say so.
 */
import type { StaffRole, StaffUser, StaffUserOf } from '../../../shared/schemas/index.ts';
import { createApiClient } from './api/client.ts';
import {
  ApiError,
  NetworkError,
  NotAllowedError,
  NotFoundApiError,
  SignInRequiredError,
} from './api/errors.ts';
import { loadReference, type Reference } from './api/reference.ts';
import { staffApi } from './api/staff-api.ts';
import { keepSessionFresh, refreshEndpointOf, resumeSession } from './auth/refresh.ts';
import { clearSession, loadSession } from './auth/session.ts';
import { rememberReturnPath } from './auth/sign-in.ts';
import { consoleConfig } from './config.ts';
import type { ConsoleContext, Screen } from './context.ts';
import { localeOf, type Translator, translator } from './i18n/index.ts';
import { consolePaths, homeOf } from './paths.ts';
import { focusElement, h, replace } from './ui/dom.ts';
import { renderChrome } from './ui/layout.ts';

function hasRoleIn<R extends StaffRole>(user: StaffUser, roles: readonly R[]): user is StaffUserOf<R> {
  return (roles as readonly StaffRole[]).includes(user.role);
}

const LOCALE_KEY = 'hdnd.console.lang';
const FLASH_KEY = 'hdnd.console.flash';

export function currentTranslator(): Translator {
  const tr = translator(localeOf(sessionStorage.getItem(LOCALE_KEY)));
  document.documentElement.lang = tr.locale;
  return tr;
}

export function switchLanguage(tr: Translator): void {
  sessionStorage.setItem(LOCALE_KEY, tr.locale === 'vi' ? 'en' : 'vi');
  location.reload();
}

/** A message for the next page (after a save that moves elsewhere). */
export function flash(message: string): void {
  sessionStorage.setItem(FLASH_KEY, message);
}

export function goToSignIn(expired = false): void {
  rememberReturnPath(sessionStorage, location.pathname + location.search);
  clearSession(sessionStorage);
  location.assign(`${consolePaths.signIn}${expired ? '?het-han=1' : ''}`);
}

export function notAllowed(main: HTMLElement, tr: Translator, role: StaffRole): void {
  document.title = `${tr.t('notAllowed.title')} – ${tr.t('app.name')}`;
  const title = h('h1', {}, tr.t('notAllowed.title'));
  replace(
    main,
    title,
    h('p', { class: 'notice warn' }, tr.t('notAllowed.body')),
    h('p', {}, h('a', { href: homeOf(role) }, tr.t('notAllowed.home'))),
  );
  focusElement(title);
}

export async function startScreen<R extends StaffRole>(screen: Screen<R>): Promise<void> {
  const tr = currentTranslator();
  const refreshDeps = {
    store: sessionStorage,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
    endpoint: refreshEndpointOf(consoleConfig.signIn),
  };
  const session = loadSession(sessionStorage) ?? (await resumeSession(refreshDeps));
  if (!session) {
    goToSignIn();
    return;
  }
  // The token the API client sends: renewed before it expires, so a day's work needs one sign-in.
  let token = session.token;
  keepSessionFresh(session, {
    ...refreshDeps,
    onRenewed: (renewed) => {
      token = renewed.token;
    },
  });
  // The status region exists before anything is announced in it, so screen readers hear it.
  const status = h('div', { class: 'console-status', role: 'status', 'aria-live': 'polite' });
  const main = h('div', { id: 'screen' }, h('p', { class: 'loading' }, tr.t('app.loading')));
  replace(document.getElementById('main') as HTMLElement, status, main);
  const client = createApiClient({
    baseUrl: consoleConfig.staffApiUrl,
    token: () => token,
    locale: () => tr.locale,
    onSignInRequired: () => goToSignIn(true),
  });
  const publicClient = createApiClient({
    baseUrl: location.origin,
    token: () => undefined,
    locale: () => tr.locale,
  });
  let reference: Promise<Reference> | undefined;

  const ctx: ConsoleContext = {
    tr,
    session,
    client,
    api: staffApi(client),
    main,
    params: new URLSearchParams(location.search),
    reference: () => {
      reference ??= loadReference(publicClient, sessionStorage);
      return reference;
    },
    announce(message, kind = 'ok') {
      // An error interrupts (alert); a confirmation waits its turn (the region is a status).
      replace(
        status,
        h(
          'p',
          { class: `notice ${kind === 'error' ? 'warn' : 'ok'}`, role: kind === 'error' ? 'alert' : null },
          message,
        ),
      );
    },
    fail(error) {
      if (error instanceof SignInRequiredError) return; // already on the way to the sign-in page
      // A screen that failed before drawing itself gets its heading, not an endless "loading".
      if (main.querySelector(':scope > .loading')) replace(main, ctx.heading(screen.title));
      if (error instanceof NotAllowedError) return notAllowed(main, tr, session.user.role);
      if (error instanceof NotFoundApiError) {
        const title = h('h1', {}, tr.t('notFound.title'));
        replace(main, title, h('p', { class: 'notice warn' }, error.message));
        return focusElement(title);
      }
      if (error instanceof NetworkError) return ctx.announce(tr.t('app.network'), 'error');
      if (error instanceof ApiError) return ctx.announce(error.message, 'error');
      console.error(error);
      ctx.announce(tr.m('server.error'), 'error');
    },
    heading(key, params) {
      const text = tr.t(key, params);
      document.title = `${text} – ${tr.t('app.name')}`;
      return h('h1', {}, text);
    },
  };

  renderChrome(ctx, () => switchLanguage(tr));
  const flashed = sessionStorage.getItem(FLASH_KEY);
  if (flashed) {
    sessionStorage.removeItem(FLASH_KEY);
    ctx.announce(flashed);
  }
  const { user } = session;
  if (!hasRoleIn(user, screen.roles)) return notAllowed(main, tr, user.role);
  document.title = `${tr.t(screen.title)} – ${tr.t('app.name')}`;
  try {
    await screen.render({ ...ctx, session: { ...session, user } });
  } catch (error) {
    ctx.fail(error);
  }
}
