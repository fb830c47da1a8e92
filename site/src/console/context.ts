/**
 * What a console screen is and what it works with: the types every screen and the shared
 * UI pieces (layout, lists, forms) import, apart from app.ts, which starts a screen with them.
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
