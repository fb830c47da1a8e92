/**
 * Open data files (shared/open-data/results-export.ts): each council's published results
 * and their statistics per year of receipt, as CSV and JSON, built with the site so a
 * download costs nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  exportSets,
  resultStatistics,
  resultsCsv,
  resultsJson,
  statisticsCsv,
  statisticsJson,
} from '../../../../shared/open-data/results-export.ts';
import { openDataPaths } from '../../../../shared/ui/routes.ts';
import { loadSiteData } from '../../lib/site-data.ts';

const param = (path: string) => path.replace(/^\/du-lieu-mo\//, '');
const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  return exportSets(data.results).flatMap((set) => {
    const statistics = resultStatistics(set, data.builtAt);
    const { councilId: c, year: y } = set;
    return [
      {
        params: { file: param(openDataPaths.resultsExport(c, y, 'csv')) },
        props: { type: CSV, body: resultsCsv(set.results) },
      },
      {
        params: { file: param(openDataPaths.resultsExport(c, y, 'json')) },
        props: { type: JSON_TYPE, body: resultsJson(set, data.builtAt) },
      },
      {
        params: { file: param(openDataPaths.statisticsExport(c, y, 'csv')) },
        props: { type: CSV, body: statisticsCsv(statistics) },
      },
      {
        params: { file: param(openDataPaths.statisticsExport(c, y, 'json')) },
        props: { type: JSON_TYPE, body: statisticsJson(statistics) },
      },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': props.type } });
