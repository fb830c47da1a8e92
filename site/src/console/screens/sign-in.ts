/**
 * /quan-ly/dang-nhap/: the sign-in page, and the hosted UI's callback. Locally a form
 * for a demo account (the local issuer has no hosted page); on AWS a button to the
 * Cognito hosted UI, which comes back here with ?code=&state=.
 */
import { currentTranslator, switchLanguage } from '../app.ts';
import { loadSession, type StaffSession } from '../auth/session.ts';
import {
  CONSOLE_ROOT,
  completeHostedSignIn,
  type HostedSignIn,
  SignInFailedError,
  signInWithPassword,
  startHostedSignIn,
  takeReturnPath,
} from '../auth/sign-in.ts';
import { SIGNED_OUT_KEY } from '../auth/sign-out.ts';
import { consoleConfig } from '../config.ts';
import type { Translator } from '../i18n/index.ts';
import { homeOf } from '../paths.ts';
import { focusElement, h, replace } from '../ui/dom.ts';
import { field, showErrors, staffForm } from '../ui/form.ts';
import { languageButton, renderBrand } from '../ui/header.ts';

function goOn(session: StaffSession): void {
  const back = takeReturnPath(sessionStorage);
  location.replace(back === CONSOLE_ROOT ? homeOf(session.user.role) : back);
}

function frame(tr: Translator): HTMLElement {
  document.title = `${tr.t('signIn.title')} – ${tr.t('app.name')}`;
  renderBrand(tr);
  const account = document.getElementById('console-account');
  if (account)
    replace(
      account,
      languageButton(tr, () => switchLanguage(tr)),
    );
  return document.getElementById('main') as HTMLElement;
}

function notices(tr: Translator, params: URLSearchParams): HTMLElement | null {
  if (sessionStorage.getItem(SIGNED_OUT_KEY)) {
    sessionStorage.removeItem(SIGNED_OUT_KEY);
    return h('p', { class: 'notice', role: 'status' }, tr.t('signIn.signedOut'));
  }
  if (params.has('het-han')) return h('p', { class: 'notice warn', role: 'status' }, tr.t('signIn.expired'));
  return null;
}

function localForm(tr: Translator, issuerUrl: string): HTMLFormElement {
  const form = staffForm(
    {},
    field({ name: 'username', label: tr.t('signIn.username'), required: true, autocomplete: 'username' }),
    field({
      name: 'password',
      label: tr.t('signIn.password'),
      type: 'password',
      required: true,
      autocomplete: 'current-password',
    }),
    h('p', { class: 'hint' }, tr.t('signIn.localHint')),
    h('button', { type: 'submit', class: 'button' }, tr.t('signIn.submit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const button = form.querySelector('button[type=submit]') as HTMLButtonElement;
    button.disabled = true;
    try {
      const session = await signInWithPassword(
        issuerUrl,
        { username: String(data.get('username') ?? '').trim(), password: String(data.get('password') ?? '') },
        { store: sessionStorage, fetch: (input, init) => fetch(input, init) },
      );
      goOn(session);
    } catch (error) {
      button.disabled = false;
      const credentials = error instanceof SignInFailedError && error.reason === 'credentials';
      showErrors(form, credentials ? tr.t('signIn.failed') : tr.t('app.network'));
    }
  });
  return form;
}

export async function startSignIn(): Promise<void> {
  const tr = currentTranslator();
  const main = frame(tr);
  const params = new URLSearchParams(location.search);
  const config = consoleConfig.signIn;
  const title = h('h1', {}, tr.t('signIn.title'));

  if (config.kind === 'hosted') {
    const hosted: HostedSignIn = { ...config, redirectUri: `${location.origin}${location.pathname}` };
    if (params.has('code') || params.has('error')) {
      // The code must not stay in the address bar or the history.
      history.replaceState(null, '', location.pathname);
      try {
        return goOn(
          await completeHostedSignIn(hosted, params, { store: sessionStorage, fetch: (i, o) => fetch(i, o) }),
        );
      } catch {
        replace(main, title, h('p', { class: 'notice warn', role: 'alert' }, tr.t('signIn.callbackFailed')));
      }
    } else {
      replace(main, title);
    }
    const existing = loadSession(sessionStorage);
    if (existing) return goOn(existing);
    const button = h('button', { type: 'button', class: 'button' }, tr.t('signIn.hosted'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      location.assign(await startHostedSignIn(hosted, sessionStorage));
    });
    main.append(
      ...[notices(tr, params), h('p', { class: 'lead' }, tr.t('signIn.lead')), button].filter(
        (n) => n !== null,
      ),
    );
    return focusElement(title);
  }

  const existing = loadSession(sessionStorage);
  if (existing) return goOn(existing);
  replace(
    main,
    title,
    notices(tr, params),
    h('p', { class: 'lead' }, tr.t('signIn.lead')),
    localForm(tr, config.issuerUrl),
  );
}
