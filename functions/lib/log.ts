/**
 * Structured JSON logs, one line each (CloudWatch parses them). Callers pass only what
 * is safe to keep: codes, ids, statuses, error names — never a submitter's name,
 * email, phone or address, and never a request body.
 */
import { type LogLevel as Level, LogEnvironment, readEnvironment } from './config.ts';

type Fields = Record<string, string | number | boolean | undefined | null>;

const threshold: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const minimum = threshold[readEnvironment(LogEnvironment).LOG_LEVEL];

function write(level: Level, message: string, fields: Fields): void {
  if (threshold[level] < minimum) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (message: string, fields: Fields = {}) => write('debug', message, fields),
  info: (message: string, fields: Fields = {}) => write('info', message, fields),
  warn: (message: string, fields: Fields = {}) => write('warn', message, fields),
  error: (message: string, fields: Fields = {}) => write('error', message, fields),
};

/** What may be logged of an error: its class, and its cause's class. Messages can quote input. */
export function errorFields(error: unknown): Fields {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const cause = error.cause instanceof Error ? error.cause.name : undefined;
  return {
    errorName: error.name,
    errorCause: cause,
    errorStack: error.stack?.split('\n').slice(1, 4).join(' | '),
  };
}
