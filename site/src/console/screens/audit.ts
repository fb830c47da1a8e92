/**
 * /quan-ly/nhat-ky/: the access log of submitters' contacts (DESIGN §12) — who read which
 * petition's contact, in which role, when and through which route. The admin picks any
 * council; a secretariat sees its own. Filters: a petition, a staff account, a period.
 */
import { formatTrackingCode } from '../../../../shared/tracking-code.ts';
import { defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { h, replace } from '../ui/dom.ts';
import { field, formBody, staffForm } from '../ui/form.ts';
import { dateTimeOf } from '../ui/format.ts';
import { submitForm } from '../ui/submit.ts';

export const auditScreen = defineScreen({
  title: 'audit.title',
  roles: ['secretariat', 'admin'],
  async render(ctx, { tr, api }) {
    const user = ctx.session.user;
    const ref = await ctx.reference();
    const councilField =
      user.role === 'admin'
        ? field({
            name: 'council',
            label: tr.t('audit.council'),
            type: 'select',
            required: true,
            options: ref.councils.map((c) => ({ value: c.id, label: c.name })),
          })
        : null;
    const results = h('div', { class: 'audit-results', 'aria-live': 'polite' });
    const form = staffForm(
      { class: 'filters' },
      councilField,
      field({ name: 'petition', label: tr.t('audit.petition'), value: ctx.params.get('ma') ?? undefined }),
      field({ name: 'user', label: tr.t('audit.user') }),
      field({ name: 'from', label: tr.t('audit.from'), type: 'date' }),
      field({ name: 'to', label: tr.t('audit.to'), type: 'date' }),
      h('button', { type: 'submit', class: 'button' }, tr.t('audit.show')),
    );
    const show = async () => {
      const filter: Record<string, string> = {};
      for (const [key, value] of Object.entries(formBody(form)))
        if (typeof value === 'string' && value.trim() !== '') filter[key] = value.trim();
      await submitForm(ctx, form, async () => {
        const page = await api.audit(filter);
        const rows = page.items.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, dateTimeOf(tr, r.at)),
            h('td', {}, r.userId),
            h('td', {}, tr.t(`role.${r.role}`)),
            h('td', {}, h('a', { href: consolePaths.petition(r.code) }, formatTrackingCode(r.code))),
            h('td', {}, r.route),
          ),
        );
        replace(
          results,
          rows.length === 0
            ? h('p', {}, tr.t('audit.empty'))
            : h(
                'table',
                { class: 'table' },
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    ...(
                      ['audit.at', 'audit.user', 'audit.role', 'audit.petition', 'audit.route'] as const
                    ).map((k) => h('th', { scope: 'col' }, tr.t(k))),
                  ),
                ),
                h('tbody', {}, ...rows),
              ),
          page.truncated ? h('p', { class: 'notice' }, tr.t('audit.truncated')) : null,
        );
      });
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void show();
    });
    replace(
      ctx.main,
      ctx.heading('audit.title'),
      h('p', { class: 'lead' }, tr.t('audit.intro')),
      form,
      results,
    );
    if (user.role === 'secretariat') await show();
  },
});
