/**
 * The one mapping from a schema issue to the message a reader sees (shared/issue-problems.ts),
 * with the whole catalogue deciding which messages are keys: what the API answers
 * (functions/lib/http/validation.ts). The petition form's script uses issue-problems.ts
 * with its page's messages instead, so it does not carry the catalogues.
 */

import { type FieldProblem, type IssueLike, problemOf, problemsOf } from './issue-problems.ts';
import { isMessageKey } from './messages/index.ts';

export type { FieldProblem, IssueLike } from './issue-problems.ts';

export const fieldProblem = (issue: IssueLike): FieldProblem => problemOf(issue, isMessageKey);

/** One problem per field path ("submitter.email", "_" for the whole input): the first issue wins. */
export const fieldProblems = (issues: readonly IssueLike[]): Record<string, FieldProblem> =>
  problemsOf(issues, isMessageKey);
