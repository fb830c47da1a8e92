/**
 * The rows of the scale run (test/bench/scale.ts): each is measured at every size, on the
 * scale table, after the petitions of that size are loaded. To add a row (the site's
 * incremental publish, for one), write a ScaleMeasure in its own file and add it to
 * SCALE_MEASURES, one line. `measure` runs once per size and returns what one operation took
 * and cost; the run prints it beside the other rows and, when `budget` is set, puts the
 * largest size's figure in the budget table.
 */
import type { MeteredService } from './metered-service.ts';

export interface ScaleContext {
  service: MeteredService;
  /** How many petitions the table holds now. */
  petitions: number;
  /** Codes of loaded petitions (for reads of one). */
  sampleCodes: readonly string[];
  quick: boolean;
}

export interface ScaleSample {
  /** Median time of one operation, in milliseconds. */
  p50Ms: number;
  /** Capacity units of one operation (mean), when the operation reads or writes DynamoDB. */
  reads?: number;
  writes?: number;
  note?: string;
}

export interface ScaleMeasure {
  name: string;
  /** The most the largest size's p50 may take, in milliseconds. */
  budget?: { maxMs: number; shown: string };
  measure(context: ScaleContext): Promise<ScaleSample>;
}

/** Rows other sections add (see above); the run's own rows are in scale.ts. */
export const SCALE_MEASURES: ScaleMeasure[] = [];
