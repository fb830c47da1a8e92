/**
 * What the site's form does with an answer that says "come back" (a 409 request.inProgress:
 * the first request with the key has not answered yet; a 503: a dependency busy for a moment):
 * it sends the same submission again with the same Idempotency-Key, after a pause that grows
 * with each try and is jittered, so that many clients told "busy" at once do not all come back
 * at once. The petition tests send in process (`postAsTheForm`), the load tests over HTTP
 * (`submitLikeTheForm`); both retry through this one loop.
 */
export interface FormRetries<T> {
  /** Whether the form sends again after this answer (it may assert what such an answer carries). */
  again(answer: T): boolean | Promise<boolean>;
  /** How many sends at the most, the first included. */
  attempts: number;
  /** The pause before the n-th retry is `pauseMs + Math.random() * jitterMs * n`. */
  pauseMs: number;
  jitterMs: number;
}

/** Every answer, in order: the last is the one the client ends with. */
export async function sendLikeTheForm<T>(send: () => T | Promise<T>, retries: FormRetries<T>): Promise<T[]> {
  const answers: T[] = [];
  for (let attempt = 1; ; attempt++) {
    const answer = await send();
    answers.push(answer);
    if (attempt >= retries.attempts || !(await retries.again(answer))) return answers;
    const pause = retries.pauseMs + Math.random() * retries.jitterMs * attempt;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
