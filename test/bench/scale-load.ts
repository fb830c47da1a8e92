/**
 * The scale run's data: petitions across the demo's five councils at a steady rate over ten
 * years (100,000 petitions ≈ 27 a day), the newest first, written with BatchWriteItem as the
 * petition items the service writes (index keys from indexKeysOf), with the statistics
 * aggregates they add up to (rows, overdue as of the load's instant, which is each council's
 * overdue threshold; and the record of each open petition). A petition received in the last 45 days is open (routed or
 * in progress, its deadline 30 days after receipt, so the older ones are overdue); the rest
 * are answered or closed. So the open backlog stops growing once the history is longer than
 * 45 days, as it does for a real council: only history grows.
 */
import type { Repositories } from '../../functions/lib/data/index.ts';
import { indexKeysOf, petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { statisticsKeys } from '../../functions/lib/data/statistics-keys.ts';
import { putAll } from '../../functions/lib/statistics/rebuild.ts';
import { sessionOf } from '../../shared/publication.ts';
import type { ReferenceData } from '../../shared/reference-data.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { type Contribution, contributionOf, sumContributions } from '../../shared/statistics-aggregate.ts';
import { OPEN_STATUSES } from '../../shared/status-machine.ts';
import { CODE_ALPHABET, completeTrackingCode } from '../../shared/tracking-code.ts';

const DAY_MS = 86_400_000;
/** Ten years of a province's petitions at 100,000: the interval between two receipts. */
const INTERVAL_MS = (3650 * DAY_MS) / 100_000;
const OPEN_DAYS = 45;

function codeOf(n: number): string {
  let payload = '';
  let rest = n;
  for (let i = 0; i < 7; i++) {
    payload = CODE_ALPHABET[rest % CODE_ALPHABET.length] + payload;
    rest = Math.floor(rest / CODE_ALPHABET.length);
  }
  return completeTrackingCode(`SCAN${payload}`);
}

interface Council {
  id: string;
  communes: string[];
  agencies: string[];
}

export class ScaleLoad {
  private readonly councils: Council[];
  private readonly fields: string[];
  private readonly contributions = new Map<string, Contribution[]>();
  loaded = 0;
  /** A code of each council's petitions, for track. */
  readonly sampleCodes: string[] = [];

  private readonly repos: Repositories;
  private readonly reference: ReferenceData;
  private readonly now: Date;

  constructor(repos: Repositories, reference: ReferenceData, now: Date) {
    this.repos = repos;
    this.reference = reference;
    this.now = now;
    const units = reference.records.units;
    this.councils = reference.records.councils.map((c) => ({
      id: c.id,
      communes: units
        .filter((u) => u.type === 'commune' && (u.parentId === c.unitId || u.id === c.unitId))
        .map((u) => u.id),
      agencies: reference.records.agencies.filter((a) => a.id.endsWith(`-${c.id}`)).map((a) => a.id),
    }));
    this.fields = reference.records.fields.map((f) => f.id);
  }

  petition(n: number): Petition {
    // Hữu Lũng gets every other petition (its agency's queue is the one the bench pages).
    const council =
      n % 2 === 0 ? this.councils[0]! : this.councils[1 + ((n >> 1) % (this.councils.length - 1))]!;
    const received = new Date(this.now.getTime() - (n + 1) * INTERVAL_MS);
    const at = (days: number) => new Date(received.getTime() + days * DAY_MS).toISOString();
    const ageDays = (this.now.getTime() - received.getTime()) / DAY_MS;
    const agencyId = council.agencies[(n >> 1) % council.agencies.length]!;
    const base = {
      code: codeOf(n),
      councilId: council.id,
      channel: 'online' as const,
      fieldId: this.fields[n % this.fields.length]!,
      localityId: council.communes[n % council.communes.length]!,
      communeId: council.communes[(n >> 3) % council.communes.length]!,
      title: `Kiến nghị số ${n + 1} về hạ tầng và dịch vụ công`,
      content: `Cử tri đề nghị cơ quan có thẩm quyền xem xét, giải quyết vấn đề số ${n + 1} tại địa phương.`,
      consentToPublish: true,
      agencyId,
      receivedAt: received.toISOString(),
      routedAt: at(1),
      deadline: at(30),
      voterCount: 1,
      version: 3,
      updatedAt: at(2),
    };
    if (ageDays < OPEN_DAYS) return { ...base, status: n % 3 === 0 ? 'in_progress' : 'routed' };
    const answeredAt = at(10 + (n % 30));
    return {
      ...base,
      status: n % 4 === 0 ? 'closed' : 'answered',
      answer: {
        text: `Cơ quan đã xem xét và trả lời kiến nghị số ${n + 1}.`,
        documentNumber: `${n + 1}/TL`,
        documentDate: answeredAt.slice(0, 10),
        result: n % 3 === 0 ? 'explained' : 'resolved',
        answeredAt,
        agencyId,
      },
      answeredAt,
      version: 5,
      updatedAt: answeredAt,
    };
  }

  /** Loads petitions up to `total`, then rewrites the aggregates' rows. */
  async loadTo(total: number, concurrency = 6): Promise<void> {
    const sessions = this.reference.records.sessions;
    const items: Record<string, unknown>[] = [];
    for (let n = this.loaded; n < total; n++) {
      const petition = this.petition(n);
      const contribution = contributionOf(
        petition,
        sessionOf(petition, undefined, sessions),
        this.now.toISOString(),
      );
      const list = this.contributions.get(petition.councilId) ?? [];
      list.push(contribution);
      this.contributions.set(petition.councilId, list);
      if (this.sampleCodes.length < 50) this.sampleCodes.push(petition.code);
      items.push({
        pk: petitionKeys.pk(petition.code),
        sk: petitionKeys.petitionSk,
        entity: 'petition',
        ...petition,
        ...indexKeysOf(petition),
      });
      if (petition.deadline && OPEN_STATUSES.has(petition.status))
        items.push({
          pk: statisticsKeys.countedPk(petition.code),
          sk: statisticsKeys.countedSk,
          entity: 'statistics-counted',
          version: petition.version,
          contribution,
        });
    }
    const chunk = Math.ceil(items.length / concurrency);
    await Promise.all(
      Array.from({ length: concurrency }, (_, i) =>
        putAll(this.repos, items.slice(i * chunk, (i + 1) * chunk)),
      ),
    );
    const rows = [...this.contributions].flatMap(([councilId, contributions]) =>
      sumContributions(contributions).map((d) => ({
        pk: statisticsKeys.pk(councilId),
        sk: d.row,
        entity: 'statistics',
        ...d.counts,
      })),
    );
    // Each council's overdue threshold at the load's instant, as a rebuild leaves it.
    const thresholds = [...this.contributions.keys()].map((councilId) => ({
      pk: statisticsKeys.overduePk(councilId),
      sk: statisticsKeys.overdueSk,
      entity: 'statistics-overdue',
      threshold: this.now.toISOString(),
      completed: this.now.toISOString(),
    }));
    await putAll(this.repos, [...rows, ...thresholds]);
    this.loaded = total;
  }
}
