/**
 * /quan-ly/khoa-api/: the admin's Open311 API keys, one per integrator — the list (status,
 * issue, limit), a form to issue one, whose clear key is shown here once, with a copy button
 * (the API keeps only its hash, so it can never be shown again), and revocation after a
 * confirmation. Focus goes to whatever changed; the status region says what happened.
 */

import { DEFAULT_API_KEY_HOURLY_LIMIT, MAX_API_KEY_HOURLY_LIMIT } from '../../../../shared/api-key-limits.ts';
import type { ApiKey, ApiKeyInput } from '../../../../shared/schemas/index.ts';
import { apiKeysApi, type IssuedApiKey } from '../api/api-keys-api.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import { pagesOf } from '../ui/cursor-trail.ts';
import { focusElement, h, replace, uid } from '../ui/dom.ts';
import { field, formBody, staffForm } from '../ui/form.ts';
import { dateTimeOf, facts } from '../ui/format.ts';
import { pagedList } from '../ui/paged-list.ts';
import { submitForm } from '../ui/submit.ts';

type AdminContext = ContextOf<'admin'>;

/** The key just issued, its copy button and the warning that it will not be shown again. */
function issuedPanel(ctx: AdminContext, issued: IssuedApiKey, onDone: () => void): HTMLElement[] {
  const { tr } = ctx;
  const inputId = uid('key');
  const warningId = `${inputId}-warning`;
  const heading = h(
    'h2',
    { id: 'issued-heading', tabindex: '-1' },
    tr.t('apiKeys.issuedTitle', { integrator: issued.apiKey.integrator }),
  );
  const input = h('input', {
    id: inputId,
    type: 'text',
    class: 'mono api-key-value',
    readonly: true,
    value: issued.key,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': warningId,
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.key);
      ctx.announce(tr.t('apiKeys.copied'));
    } catch {
      // No clipboard (an insecure origin, a refused permission): the key is selected to copy by hand.
      input.focus();
      input.select();
      ctx.announce(tr.t('apiKeys.copyFailed'), 'error');
    }
  };
  return [
    heading,
    h('p', { class: 'notice warn', id: warningId }, tr.t('apiKeys.onceWarning')),
    h('div', { class: 'field' }, h('label', { for: inputId }, tr.t('apiKeys.key')), input),
    h(
      'p',
      { class: 'row-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => void copy() }, tr.t('apiKeys.copy')),
      h('button', { type: 'button', class: 'button secondary', onclick: onDone }, tr.t('apiKeys.done')),
    ),
  ];
}

function keyCard(ctx: AdminContext, key: ApiKey, onRevoke: (key: ApiKey) => Promise<void>): HTMLElement {
  const { tr } = ctx;
  const actions = h('div', { class: 'row-actions' });
  const showRevoke = () =>
    replace(
      actions,
      h(
        'button',
        { type: 'button', class: 'button secondary', onclick: confirm },
        tr.t('apiKeys.revoke'),
        h('span', { class: 'visually-hidden' }, `: ${key.integrator}`),
      ),
    );
  function confirm(): void {
    const question = h('p', { tabindex: '-1' }, tr.t('apiKeys.confirm', { integrator: key.integrator }));
    replace(
      actions,
      h(
        'div',
        { role: 'group', 'aria-label': tr.t('apiKeys.revoke') },
        question,
        h(
          'p',
          { class: 'row-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'button danger',
              onclick: (event) => {
                (event.currentTarget as HTMLButtonElement).disabled = true;
                void onRevoke(key);
              },
            },
            tr.t('apiKeys.confirmRevoke'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'button secondary',
              onclick: () => {
                showRevoke();
                focusElement(actions.querySelector('button'));
              },
            },
            tr.t('app.cancel'),
          ),
        ),
      ),
    );
    focusElement(question);
  }
  if (!key.revokedAt) showRevoke();
  return h(
    'li',
    { class: 'card' },
    h('h3', {}, key.integrator),
    facts([
      [
        tr.t('apiKeys.status'),
        key.revokedAt
          ? tr.t('apiKeys.revokedAt', { at: dateTimeOf(tr, key.revokedAt) })
          : tr.t('apiKeys.active'),
      ],
      [tr.t('apiKeys.prefix'), h('span', { class: 'mono' }, `${key.prefix}…`)],
      [tr.t('apiKeys.hourlyLimit'), String(key.hourlyLimit)],
      [tr.t('apiKeys.issuedAt'), dateTimeOf(tr, key.issuedAt)],
    ]),
    actions,
  );
}

export const apiKeysScreen = defineScreen({
  title: 'apiKeys.title',
  roles: ['admin'],
  async render(ctx, { tr }) {
    const api = apiKeysApi(ctx.client);
    let keys: ApiKey[] = (await api.list()).items;
    const issuedPlace = h('section', { class: 'card', id: 'issued', hidden: true });

    const list = pagedList(ctx, {
      label: tr.t('apiKeys.list'),
      load: (cursor) => pagesOf(keys)(cursor),
      render: (items) =>
        h(
          'ul',
          { class: 'list records' },
          items.map((k) => keyCard(ctx, k, revoke)),
        ),
    });
    const refresh = async () => {
      keys = (await api.list()).items;
      await list.reload();
    };

    async function revoke(key: ApiKey): Promise<void> {
      try {
        await api.revoke(key.id);
        await refresh();
        ctx.announce(tr.t('apiKeys.revoked', { integrator: key.integrator }));
        focusElement(list.element.querySelector<HTMLElement>('.paged-body'));
      } catch (error) {
        ctx.fail(error);
      }
    }

    const form = staffForm(
      { 'aria-labelledby': 'issue-heading' },
      field({
        name: 'integrator',
        label: tr.t('apiKeys.integrator'),
        hint: tr.t('apiKeys.integratorHint'),
        required: true,
        autocomplete: 'organization',
      }),
      field({
        name: 'hourlyLimit',
        label: tr.t('apiKeys.hourlyLimit'),
        hint: tr.t('apiKeys.hourlyLimitHint', { max: MAX_API_KEY_HOURLY_LIMIT }),
        type: 'number',
        required: true,
        min: 1,
        max: MAX_API_KEY_HOURLY_LIMIT,
        value: DEFAULT_API_KEY_HOURLY_LIMIT,
      }),
      h('button', { type: 'submit', class: 'button' }, tr.t('apiKeys.issue')),
    );
    const dismiss = () => {
      // The clear key leaves the page: nothing keeps it once the admin has it.
      replace(issuedPlace);
      issuedPlace.hidden = true;
      issuedPlace.removeAttribute('aria-labelledby');
      focusElement(form.querySelector('input'));
    };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      let issued: IssuedApiKey | undefined;
      const body = formBody(form) as unknown as ApiKeyInput;
      const saved = await submitForm(ctx, form, async () => {
        issued = await api.issue(body);
      });
      if (!saved || !issued) return;
      const integrator = form.querySelector<HTMLInputElement>('[name=integrator]');
      if (integrator) integrator.value = '';
      replace(issuedPlace, issuedPanel(ctx, issued, dismiss));
      issuedPlace.setAttribute('aria-labelledby', 'issued-heading');
      issuedPlace.hidden = false;
      ctx.announce(tr.t('apiKeys.issued', { integrator: issued.apiKey.integrator }));
      focusElement(issuedPlace.querySelector<HTMLElement>('h2'));
      await refresh();
    });

    replace(
      ctx.main,
      ctx.heading('apiKeys.title'),
      h('p', { class: 'lead' }, tr.t('apiKeys.lead')),
      issuedPlace,
      h('h2', {}, tr.t('apiKeys.list')),
      list.element,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'issue-heading' },
        h('h2', { id: 'issue-heading' }, tr.t('apiKeys.new')),
        form,
      ),
    );
    await list.reload();
  },
});
