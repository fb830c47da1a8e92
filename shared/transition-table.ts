/**
 * A status machine as data: for each action, the statuses it may start from and where it
 * leads. The petition's (status-machine.ts) and the follow-up item's (follow-up-status.ts)
 * are each one such table, looked up here.
 */
export type TransitionTable<Status extends string, Action extends string> = Record<
  Action,
  { from: readonly Status[]; to: Status }
>;

export type Transition<Status, Reason> =
  | { ok: true; from: Status; to: Status }
  | { ok: false; from: Status; reason: Reason };

/** Where `action` takes `status` in `table`, or `illegal` as the reason it cannot. */
export function transitionIn<Status extends string, Action extends string, Reason>(
  table: TransitionTable<Status, Action>,
  status: Status,
  action: Action,
  illegal: Reason,
): Transition<Status, Reason> {
  const rule = table[action];
  if (rule.from.includes(status)) return { ok: true, from: status, to: rule.to };
  return { ok: false, from: status, reason: illegal };
}
