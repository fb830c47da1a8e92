/**
 * What the public reads of a resolution and an interpellation: everything recorded (all of
 * it is public: the officials questioned are named in their office), without the
 * bookkeeping of edits.
 */
import type { Interpellation, Resolution } from '../../../shared/schemas/index.ts';

export type PublicResolution = Omit<Resolution, 'version' | 'createdAt'>;
export type PublicInterpellation = Omit<Interpellation, 'version' | 'createdAt' | 'commitmentsIssued'>;

export function toPublicResolution(r: Resolution): PublicResolution {
  const { version: _v, createdAt: _c, ...rest } = r;
  return rest;
}

export function toPublicInterpellation(i: Interpellation): PublicInterpellation {
  const { version: _v, createdAt: _c, commitmentsIssued: _n, ...rest } = i;
  return rest;
}
