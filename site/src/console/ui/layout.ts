/**
 * The frame around every signed-in screen: the header with who is signed in, the language
 * switch and sign-out, and the navigation of the user's role. The static shell
 * (ConsoleLayout.astro) is Vietnamese; this puts it in the reader's language.
 */

import { signOut } from '../auth/sign-out.ts';
import type { ConsoleContext } from '../context.ts';
import { navigationFor } from '../paths.ts';
import { h, replace } from './dom.ts';
import { languageButton, renderBrand } from './header.ts';

export function renderChrome(ctx: ConsoleContext, onSwitchLanguage: () => void): void {
  const { tr, session } = ctx;
  const user = session.user;
  const skip = document.querySelector<HTMLAnchorElement>('a.skip');
  if (skip) skip.textContent = tr.t('app.skip');
  renderBrand(tr);

  const account = document.getElementById('console-account');
  if (account) {
    replace(
      account,
      h(
        'span',
        { class: 'who' },
        tr.t('app.signedInAs', { name: user.name, role: tr.t(`role.${user.role}`) }),
      ),
      languageButton(tr, onSwitchLanguage),
      h('button', { type: 'button', class: 'link-button', onclick: () => signOut() }, tr.t('app.signOut')),
    );
  }

  const nav = document.getElementById('console-nav');
  if (nav) {
    nav.setAttribute('aria-label', tr.t('app.nav'));
    const here = location.pathname;
    replace(
      nav,
      h(
        'ul',
        {},
        navigationFor(user.role).map((item) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: item.href, 'aria-current': here.startsWith(item.href) ? 'page' : null },
              tr.t(item.label),
            ),
          ),
        ),
      ),
    );
  }
}
