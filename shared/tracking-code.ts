/**
 * Tracking codes: what a citizen reads from a screen, writes on paper or says on the phone.
 *
 * - 11 random symbols from a 29-symbol alphabet: log2(29^11) ≈ 53.4 bits from the
 *   platform's cryptographic generator, so codes cannot be guessed or enumerated.
 * - No easily confused symbols: no 0/O, 1/I/L, and no U (V), Z (2).
 * - One check symbol: with a prime alphabet size and weights 1..12, a weighted sum
 *   mod 29 catches every single wrong symbol and every swap of two adjacent ones.
 * - Shown in three groups of four ("7KQM-3HXT-9PAR"); read back in any case,
 *   with or without separators.
 */

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXY';
const BASE = CODE_ALPHABET.length; // 29, a prime
const PAYLOAD_LENGTH = 11;
export const CODE_LENGTH = PAYLOAD_LENGTH + 1;
const GROUP = 4;

export type TrackingCodeProblem = 'empty' | 'length' | 'character' | 'checksum';

export class TrackingCodeError extends Error {
  readonly problem: TrackingCodeProblem;
  constructor(problem: TrackingCodeProblem, options?: { cause?: unknown }) {
    super(`Invalid tracking code (${problem})`, options);
    this.name = 'TrackingCodeError';
    this.problem = problem;
  }
}

function weightedSum(values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (i + 1) * values[i]!;
  return sum % BASE;
}

function checkValue(payload: readonly number[]): number {
  // Choose c so that sum(payload) + (n+1)·c ≡ 0 (mod 29); n+1 = 12 is invertible mod 29.
  const partial = weightedSum(payload);
  const weight = payload.length + 1;
  for (let c = 0; c < BASE; c++) if ((partial + weight * c) % BASE === 0) return c;
  throw new Error('unreachable: weight has an inverse mod a prime');
}

function randomSymbols(count: number): number[] {
  const out: number[] = [];
  const limit = 256 - (256 % BASE); // rejection sampling keeps every symbol equally likely
  while (out.length < count) {
    const bytes = new Uint8Array(count * 2);
    globalThis.crypto.getRandomValues(bytes);
    for (const b of bytes) {
      if (b < limit && out.length < count) out.push(b % BASE);
    }
  }
  return out;
}

/** A new tracking code in its canonical form (12 symbols, no separators). */
export function generateTrackingCode(): string {
  const payload = randomSymbols(PAYLOAD_LENGTH);
  return [...payload, checkValue(payload)].map((v) => CODE_ALPHABET[v]).join('');
}

/**
 * Completes an 11-symbol payload with its check symbol. Used for fixed demo codes;
 * real codes come from generateTrackingCode().
 */
export function completeTrackingCode(payload: string): string {
  const values = [...payload.toUpperCase()].map((ch) => CODE_ALPHABET.indexOf(ch));
  if (values.length !== PAYLOAD_LENGTH || values.some((v) => v < 0)) throw new TrackingCodeError('character');
  return payload.toUpperCase() + CODE_ALPHABET[checkValue(values)];
}

/** "7KQM3HXT9PAR" → "7KQM-3HXT-9PAR" for display. */
export function formatTrackingCode(code: string): string {
  const canonical = parseTrackingCode(code);
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += GROUP) groups.push(canonical.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * Reads a code as typed or pasted: case and separators (space, dash, dot, the non-breaking
 * hyphens a copy from a Word document brings) do not matter.
 * Returns the canonical form or throws a TrackingCodeError saying what is wrong.
 */
export function parseTrackingCode(input: string): string {
  const compact = input
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s.\-\u2010\u2011–_]/g, '');
  if (compact.length === 0) throw new TrackingCodeError('empty');
  const values: number[] = [];
  for (const ch of compact) {
    const v = CODE_ALPHABET.indexOf(ch);
    if (v < 0) throw new TrackingCodeError('character');
    values.push(v);
  }
  if (values.length !== CODE_LENGTH) throw new TrackingCodeError('length');
  if (weightedSum(values) !== 0) throw new TrackingCodeError('checksum');
  return compact;
}

/** True when the input reads as a valid code. */
export function isTrackingCode(input: string): boolean {
  try {
    parseTrackingCode(input);
    return true;
  } catch {
    return false;
  }
}
