/**
 * A voter's view refused without JavaScript (invalid, too many, closed meanwhile…): the
 * agenda item's form again, from the session page's own renderer (shared/ui/session-view-form.ts),
 * with what was typed and each message beside its field (form-state.ts), and the way back to
 * the session. When the item is not there to answer on, the message alone.
 */
import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { DomainError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages/index.ts';
import { vietnamDate } from '../../../shared/time.ts';
import { sessionPaths } from '../../../shared/ui/session-routes.ts';
import { sessionViewFormHtml } from '../../../shared/ui/session-view-form.ts';
import { errorBody, setRetryAfter } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { meetingsOfSession } from '../../lib/sessions/find-sessions.ts';
import { toPublicSession } from '../../lib/sessions/public-session.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { refusedForm } from './form-state.ts';
import { type PageStatus, sendPage } from './layout.ts';
import { messageMain } from './message-page.ts';

const FIELDS = ['communeId', 'text', 'name', 'consentToPublish'] as const;

export async function sessionViewFailure(
  c: Context,
  deps: PublicApiDependencies,
  error: DomainError,
  sessionId: string | undefined,
  posted: unknown,
): Promise<Response> {
  const locale = localeOf(c);
  setRetryAfter(c, error);
  const body = errorBody(error, c);
  const title = translate(locale, 'sessionView.notSent');
  const status = error.status as PageStatus;
  const back = sessionId
    ? [
        {
          href: sessionPaths.session(locale, sessionId),
          label: translate(locale, 'sessionView.backToSession'),
        },
      ]
    : [];
  const message = () => {
    const text = body.fields ? Object.values(body.fields).join(' ') : body.message;
    return sendPage(c, { title, main: messageMain(title, text, back), status });
  };
  const itemId = (posted as { agendaItemId?: unknown } | null)?.agendaItemId;
  if (!sessionId || typeof itemId !== 'string') return message();
  try {
    const reference = await deps.repos.reference.load();
    const session = reference.sessions.get(sessionId);
    if (!session) return message();
    const [contents, meetings] = await Promise.all([
      deps.repos.sessions.contents(sessionId),
      meetingsOfSession(deps.repos, session),
    ]);
    const at = deps.now?.() ?? new Date();
    const view = toPublicSession(session, reference, contents, meetings, at, vietnamDate(at));
    const item = view.agenda.find((i) => i.id === itemId);
    if (!item?.viewsOpen) return message();
    const form = sessionViewFormHtml(
      {
        sessionId,
        item: { id: item.id, viewsUntil: item.viewsUntil },
        communes: view.communes,
        state: refusedForm(error, body, posted, FIELDS),
      },
      locale,
    );
    const link = back[0]!;
    return sendPage(c, {
      title,
      main: html`<h1>${title}</h1><h2>${item.title}</h2>${raw(form.value)}<p><a href="${link.href}">${link.label}</a></p>`,
      status,
    });
  } catch {
    return message();
  }
}
