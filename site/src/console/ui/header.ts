/**
 * What the console's header shows on every page, signed in (ui/layout.ts) or not
 * (screens/sign-in.ts): the console's name with its council, and the switch to the other
 * language, written in that language.
 */
import type { Translator } from '../i18n/index.ts';
import { h, replace } from './dom.ts';

export function renderBrand(tr: Translator): void {
  const brand = document.getElementById('console-brand');
  if (brand) replace(brand, tr.t('app.name'), h('small', {}, tr.t('app.council')));
}

export function languageButton(tr: Translator, onSwitch: () => void): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'link-button', lang: tr.locale === 'vi' ? 'en' : 'vi', onclick: onSwitch },
    tr.t('app.otherLanguage'),
  );
}
