/**
 * Open data files (shared/open-data/results-export.ts): each council's published results
 * and their statistics per year of receipt, as CSV and JSON, built with the site so a
 * download costs nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  resultStatistics,
  resultsCsv,
  resultsJson,
  statisticsCsv,
  statisticsJson,
} from '../../../../shared/open-data/results-export.ts';
import { openDataPaths } from '../../../../shared/ui/routes.ts';
import { onlyChanged } from '../../lib/incremental.ts';
import { loadSiteData, openDataSets } from '../../lib/site-data.ts';

const param = (path: string) => path.replace(/^\/du-lieu-mo\//, '');
const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  const files = openDataSets(data).flatMap((set) => {
    const { councilId: c, year: y } = set;
    return (['results-csv', 'results-json', 'statistics-csv', 'statistics-json'] as const).map((kind) => ({
      file:
        kind === 'results-csv' || kind === 'results-json'
          ? openDataPaths.resultsExport(c, y, kind === 'results-csv' ? 'csv' : 'json')
          : openDataPaths.statisticsExport(c, y, kind === 'statistics-csv' ? 'csv' : 'json'),
      kind,
      set,
    }));
  });
  // An export file is written again when what it shows changed (lib/incremental.ts), and
  // only then made.
  // A results file shows its results; a statistics file its figures, not its build instant.
  const figures = new Map(files.map((f) => [f.set, resultStatistics(f.set, data.builtAt)]));
  const changed = onlyChanged(
    'open-data',
    files.map((f) => ({ ...f, props: undefined })),
    (f) => f.file,
    undefined,
    (f) =>
      f.kind.startsWith('results')
        ? { kind: f.kind, results: f.set.results }
        : { kind: f.kind, statistics: { ...figures.get(f.set), generatedAt: undefined } },
  );
  return changed.map(({ file, kind, set }) => {
    const body =
      kind === 'results-csv'
        ? resultsCsv(set.results)
        : kind === 'results-json'
          ? resultsJson(set, data.builtAt)
          : kind === 'statistics-csv'
            ? statisticsCsv(figures.get(set)!)
            : statisticsJson(figures.get(set)!);
    return { params: { file: param(file) }, props: { type: kind.endsWith('csv') ? CSV : JSON_TYPE, body } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': props.type } });
