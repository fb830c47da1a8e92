/**
 * Cost per action: the DynamoDB capacity each user action consumes, with the reference
 * cache warm (as on a warm Lambda), counted over every command of the request and every
 * command the notifier runs for the emails it causes; and its price per million actions.
 */

import { DELEGATE_USER, followUp } from './attention-calls.ts';
import type { ExpectedFigure, Figure } from './budgets.ts';
import type { CapacityRecord } from './capacity-meter.ts';
import { follow, meToo, similarWhileTyping } from './citizen-calls.ts';
import { dollars, table, units } from './markdown.ts';
import type { MeteredService } from './metered-service.ts';
import { newFollowUpItem } from './oversight-calls.ts';
import { ON_DEMAND_PRICES, pricePerMillion } from './prices.ts';
import {
  AGENCY,
  AGENCY_USER,
  ANSWER,
  communeMeetings,
  SECRETARIAT_USER,
  staffCall,
  statisticsOf,
  submission,
  submit,
  track,
} from './service-calls.ts';
import { giveView, sessionPage } from './session-calls.ts';
import { MORE_STATUS_CHANGES, measureStatusChanges } from './status-changes.ts';

export interface ActionCost {
  action: string;
  note: string;
  calls: number;
  /** The request's commands and what each kind cost, e.g. "GetItem 1 R, TransactWriteItems 12 W". */
  commands: string;
  reads: number;
  writes: number;
  notifierReads: number;
  notifierWrites: number;
  /** What the statistics aggregator spent counting the change (stream). */
  statisticsReads: number;
  statisticsWrites: number;
}

function commandsOf(records: readonly CapacityRecord[]): string {
  const byName = new Map<string, { count: number; reads: number; writes: number }>();
  for (const r of records) {
    const name = r.command.replace(/Command$/, '');
    const sum = byName.get(name) ?? { count: 0, reads: 0, writes: 0 };
    byName.set(name, { count: sum.count + 1, reads: sum.reads + r.reads, writes: sum.writes + r.writes });
  }
  return [...byName]
    .map(([name, s]) => {
      const spent = [s.reads ? `${units(s.reads)} R` : '', s.writes ? `${units(s.writes)} W` : ''].filter(
        Boolean,
      );
      return `${s.count > 1 ? `${s.count}× ` : ''}${name} ${spent.join(' ')}`.trim();
    })
    .join(', ');
}

export async function measureCosts(service: MeteredService): Promise<ActionCost[]> {
  const { publicUrl: pub, staffUrl: staff, meter } = service;
  const secretariat = await service.tokenFor(SECRETARIAT_USER);
  const officer = await service.tokenFor(AGENCY_USER);
  const route = (code: string) =>
    staffCall(staff, secretariat, 'POST', `/v1/petitions/${code}/route`, { agencyId: AGENCY });
  const acknowledge = (code: string) =>
    staffCall(staff, officer, 'POST', `/v1/petitions/${code}/acknowledge`);
  const answer = (code: string) => staffCall(staff, officer, 'POST', `/v1/petitions/${code}/answer`, ANSWER);

  // Warm every cache a warm Lambda has (reference data, the issuer's keys), and fill the
  // agency's queue past one page, so the list below reads a full page.
  for (let i = 0; i < 30; i++) await route(await submit(pub, submission(1000 + i)));
  await track(pub, await submit(pub, submission(2000)));
  await communeMeetings(pub);
  await sessionPage(pub);

  const costs: ActionCost[] = [];
  async function measure<T>(action: string, run: () => Promise<T>, note: (result: T) => string = () => '') {
    await service.settle();
    meter.reset();
    const result = await run();
    await service.settle();
    const request = meter.total('request');
    const notifier = meter.total('notifier');
    const statistics = meter.total('statistics');
    costs.push({
      action,
      note: note(result),
      calls: request.commands,
      commands: commandsOf(meter.records.filter((r) => r.label === 'request')),
      reads: request.reads,
      writes: request.writes,
      notifierReads: notifier.reads,
      notifierWrites: notifier.writes,
      statisticsReads: statistics.reads,
      statisticsWrites: statistics.writes,
    });
    return result;
  }

  const code = await measure(
    'submit (POST /v1/petitions)',
    () => submit(pub, submission(1)),
    () => 'received email',
  );
  await measure('track (GET /v1/petitions/{code})', () => track(pub, code));
  await measure(
    'route (staff)',
    () => route(code),
    () => 'emails to submitter and agency',
  );
  await measure('acknowledge (staff)', () => acknowledge(code));
  await measure(
    'answer (staff)',
    () => answer(code),
    () => 'answer email',
  );
  // The other status changes, each on a petition of its own (status-changes.ts).
  await measureStatusChanges(service, service.linkSecret, measure);
  // Issue #14: what moves a petition into its agency's "needs action" view, and that view's page.
  const delegate = await service.tokenFor(DELEGATE_USER);
  const routedOne = await submit(pub, submission(3));
  await route(routedOne);
  await measure(
    'follow-up by a delegate (staff)',
    () => followUp(service, delegate, routedOne),
    () => 'the event and the petition marked for its agency (gsi1 moves); agency email',
  );
  await measure(
    'agency needs-action view, one page (staff)',
    () => staffCall(staff, officer, 'GET', `/v1/agencies/${AGENCY}/petitions/needs-action`),
    (page) => `${(page as { items: unknown[] }).items.length} petitions on the page`,
  );
  await measure(
    'agency queue, one page (staff)',
    () => staffCall(staff, officer, 'GET', `/v1/agencies/${AGENCY}/petitions?status=routed`),
    (page) => `${(page as { items: unknown[] }).items.length} petitions on the page`,
  );
  // Oversight (DESIGN §9): a follow-up item of the same agency, reported done, then accepted.
  const item = await newFollowUpItem(service);
  await measure(
    'report progress (staff)',
    () =>
      staffCall(staff, officer, 'POST', `/v1/follow-ups/${item.id}/progress`, {
        text: 'Đã cấp giấy chứng nhận cho toàn bộ các hộ.',
        percent: 100,
        done: true,
      }),
    () => 'a follow-up item reported done: the item (its queue entry moves), its event',
  );
  await measure(
    'accept a follow-up item (staff)',
    () => staffCall(staff, secretariat, 'POST', `/v1/follow-ups/${item.id}/accept`),
    () => 'the item, its event, the agency’s on-time counters',
  );
  await measure(
    "a commune's meetings (GET /v1/meetings?commune=)",
    () => communeMeetings(pub),
    (page) => `${page.items.length} meetings`,
  );
  await measure(
    'give a view (POST /v1/sessions/{id}/views)',
    () => giveView(pub, 1),
    () => 'view, author name, idempotency key and rate-limit count in one transaction',
  );
  await measure(
    "a session page's reads (GET /v1/sessions/{id})",
    () => sessionPage(pub),
    (page) =>
      `${page.agenda.length} agenda items, ${page.agenda.reduce((n, i) => n + i.views.length, 0)} published views, the session's meetings`,
  );
  await measure(
    'statistics of a council (GET /v1/statistics?council=)',
    () => statisticsOf(pub, 'huu-lung'),
    () => 'the overdue threshold, one Query of rows, one of the deadlines passed since it',
  );
  await measure(
    'a full petition life',
    async () => {
      const life = await submit(pub, submission(2));
      await route(life);
      await acknowledge(life);
      await answer(life);
      await track(pub, life);
    },
    () => 'submit, route, acknowledge, answer, one track, and their emails',
  );
  // Issue #20, the citizens' part: bounded whatever the number of petitions (one Query per word, a GetItem per best candidate).
  await measure(
    'similar petitions while typing, one keystroke batch (3× GET /v1/petitions/similar)',
    () => similarWhileTyping(pub),
    (found) => `${found} suggestions; the form asks once per pause in the typing`,
  );
  await measure(
    '"me too" (POST /v1/petitions/{code}/supporters)',
    () => meToo(pub, code, 1),
    () => 'voter count, uniqueness key, supporter, idempotency and rate limit in one transaction',
  );
  await measure(
    'follow a petition (POST /v1/subscriptions)',
    () => follow(pub, code, 1),
    () => 'the confirmation email by the notifier',
  );
  await measure(
    'reference data, uncached',
    () => service.repos.reference.load({ fresh: true }),
    () => 'once a minute per warm Lambda; not in the rows above',
  );
  return costs;
}

/**
 * The same actions measured on 21 November 2026, before the indexes were narrowed (every
 * index projected ALL): request WRU, from the README of that run (test/bench/README.md).
 */
const WRU_BEFORE: Record<string, number> = {
  'submit (POST /v1/petitions)': 13,
  'route (staff)': 15,
  'acknowledge (staff)': 18,
  'answer (staff)': 20,
  'a full petition life': 66,
};

/** DESIGN §7: a status change costs at most 10 write units, table and indexes. */
export const STATUS_CHANGE_WRU_BUDGET = 10;
export const STATUS_CHANGES: readonly string[] = [
  'route (staff)',
  'acknowledge (staff)',
  'answer (staff)',
  ...MORE_STATUS_CHANGES,
];

const STATUS_CHANGE_BUDGET = { max: STATUS_CHANGE_WRU_BUDGET, shown: `≤ ${STATUS_CHANGE_WRU_BUDGET} WRU` };

/** Actions held to a number of DynamoDB calls (by the start of their name), and that budget. */
const CALL_BUDGETS = [
  { action: 'track', budget: { max: 1, shown: '1 read' } },
  { action: 'submit', budget: { max: 1, shown: '1 transaction' } },
] as const;
const callsFigure = (action: string) => `${action}: DynamoDB calls`;

/** The budget table's figures (budgets.ts) costFigures returns. */
export const COST_FIGURES: readonly ExpectedFigure[] = [
  ...STATUS_CHANGES.flatMap((action) => {
    const name = action.replace(/ \(.*\)$/, '');
    return [
      { figure: `${name}: WRU, table and indexes`, budget: STATUS_CHANGE_BUDGET },
      { figure: `${name}: WRU with its emails and its statistics` },
    ];
  }),
  ...CALL_BUDGETS.map(({ action, budget }) => ({ figure: callsFigure(action), budget })),
  { figure: 'statistics of a council: RRU' },
];

export function costFigures(costs: readonly ActionCost[]): Figure[] {
  const figures: Figure[] = [];
  for (const c of costs) {
    const name = c.action.replace(/ \(.*\)$/, '');
    if (STATUS_CHANGES.includes(c.action)) {
      figures.push({
        figure: `${name}: WRU, table and indexes`,
        value: c.writes,
        shown: `${units(c.writes)} WRU`,
        budget: STATUS_CHANGE_BUDGET,
      });
      figures.push({
        figure: `${name}: WRU with its emails and its statistics`,
        value: c.writes + c.notifierWrites + c.statisticsWrites,
        shown: `${units(c.writes + c.notifierWrites + c.statisticsWrites)} WRU`,
      });
    }
    for (const { action, budget } of CALL_BUDGETS) {
      if (c.action.startsWith(action)) {
        figures.push({ figure: callsFigure(action), value: c.calls, shown: String(c.calls), budget });
      }
    }
    if (c.action.startsWith('statistics')) {
      figures.push({
        figure: 'statistics of a council: RRU',
        value: c.reads,
        shown: `${units(c.reads)} RRU`,
      });
    }
  }
  return figures;
}

export function costTable(costs: readonly ActionCost[]): string {
  const rows = costs.map((c) => [
    c.action,
    c.commands,
    units(c.reads),
    units(c.writes),
    c.action in WRU_BEFORE ? String(WRU_BEFORE[c.action]) : '',
    units(c.notifierReads),
    units(c.notifierWrites),
    units(c.statisticsReads),
    units(c.statisticsWrites),
    dollars(
      pricePerMillion(
        c.reads + c.notifierReads + c.statisticsReads,
        c.writes + c.notifierWrites + c.statisticsWrites,
      ),
    ),
    c.note,
  ]);
  const p = ON_DEMAND_PRICES;
  return [
    table(
      [
        'action',
        "the request's DynamoDB calls",
        'RRU',
        'WRU',
        'WRU before (21 Nov)',
        'notifier RRU',
        'notifier WRU',
        'statistics RRU',
        'statistics WRU',
        '$ per million',
        'note',
      ],
      rows,
    ),
    '',
    `Prices: ${p.region}, on-demand, ${p.tableClass} table class, $${p.perMillionWrites} per million write ` +
      `request units and $${p.perMillionReads} per million read request units (assumed on ${p.assumedOn}; see ` +
      'test/bench/prices.ts). "$ per million" is what a million such actions cost in DynamoDB requests, the ' +
      "notifier's and the statistics aggregator's included; Lambda, API Gateway, SES and storage are not. " +
      '"WRU before" is the request\'s WRU measured on 21 November 2026, when every index projected ALL.',
    'Capacity is what DynamoDB Local reports (ReturnConsumedCapacity INDEXES) for reads and single-item ' +
      'writes; TransactWriteItems is costed from item sizes (2 WRU per KB per item, index writes at the ' +
      'standard rate, by what each index projects), because DynamoDB Local does not report transactions as AWS bills them.',
  ].join('\n');
}
