/**
 * What a console screen is and what it works with: the types every screen and the shared
 * UI pieces (layout, lists, forms) import, apart from app.ts, which starts a screen with them;
 * and `defineScreen`, which every screen is made with.
 */
import type { StaffRole, StaffUser, StaffUserOf } from '../../../shared/schemas/index.ts';
import type { ApiClient } from './api/client.ts';
import type { Reference } from './api/reference.ts';
import type { StaffApi } from './api/staff-api.ts';
import type { StaffSession } from './auth/session.ts';
import type { LabelKey, Translator } from './i18n/index.ts';

/** What a screen works with; `U` is the signed-in user, of the roles the screen admits. */
export interface ConsoleContext<U extends StaffUser = StaffUser> {
  tr: Translator;
  session: StaffSession<U>;
  api: StaffApi;
  client: ApiClient;
  main: HTMLElement;
  params: URLSearchParams;
  reference(): Promise<Reference>;
  /** Shows a message in the page's status region (read out by screen readers). */
  announce(message: string, kind?: 'ok' | 'error'): void;
  /** Handles a failure every screen shares; returns false when the screen must handle it. */
  fail(error: unknown): void;
  /** Sets the page's heading and title. */
  heading(key: LabelKey, params?: Record<string, string | number>): HTMLHeadingElement;
}

/** The context of a screen for role `R` (`ContextOf<'secretariat'>` knows the council). */
export type ContextOf<R extends StaffRole> = ConsoleContext<StaffUserOf<R>>;

export interface Screen<R extends StaffRole = StaffRole> {
  title: LabelKey;
  /** Roles that work on this screen; others see "not allowed" (the API refuses them anyway). */
  roles: readonly R[];
  /** Drawn only for those roles, so a secretariat's screen knows its council. */
  render(ctx: ConsoleContext<StaffUserOf<R>>): Promise<void>;
}

/** Who a staff user is, as opposed to what their role's work is bounded by. */
type Person = 'id' | 'name' | 'email' | 'role';

/**
 * What the work of role `R` is bounded by: a secretariat's `councilId`, an agency officer's
 * `agencyId`, a delegate's `groupId`; nothing for an admin, nor for several roles at once (a
 * screen of several roles narrows `ctx.session.user` itself).
 */
export type ScopeOf<R extends StaffRole> = Omit<StaffUserOf<R>, Person>;

/** What nearly every screen reads first, handed to its render beside the context. */
export type ScreenStart<R extends StaffRole> = { tr: Translator; api: StaffApi } & ScopeOf<R>;

/** The user less who they are: what their role's work is bounded by. */
function scopeOf<U extends StaffUser>({ id, name, email, role, ...scope }: U): Omit<U, Person> {
  return scope;
}

/**
 * A screen for `roles`: the roles it admits are the ones its render is typed for, so the two
 * cannot disagree, and `render` is handed, beside the context, the translator, the staff API
 * and the user's scope (`async render(ctx, { tr, councilId })` on a secretariat's screen).
 */
export function defineScreen<R extends StaffRole>(screen: {
  title: LabelKey;
  roles: readonly [R, ...R[]];
  render(ctx: ContextOf<R>, start: ScreenStart<R>): Promise<void>;
}): Screen<R> {
  return {
    title: screen.title,
    roles: screen.roles,
    render: (ctx) => screen.render(ctx, { tr: ctx.tr, api: ctx.api, ...scopeOf(ctx.session.user) }),
  };
}
