/** Many published results at once, spread over fields, communes and bodies: for the site's tests and its build measurement. */
import type { Repositories } from '../../functions/lib/data/index.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { CODE_ALPHABET, completeTrackingCode } from '../../shared/tracking-code.ts';

const FIELDS = ['y-te', 'giao-duc', 'dat-dai', 'an-toan-giao-thong', 'tai-nguyen-moi-truong'];
const COMMUNES = ['vi-thanh', 'nga-bay', 'long-my'];
const AGENCIES = ['so-yte-hau-giang', 'so-gddt-hau-giang', 'so-tnmt-hau-giang', 'so-gtvt-hau-giang'];

/** A distinct valid code for the n-th generated petition. */
function codeOf(prefix: string, n: number): string {
  let payload = '';
  let rest = n;
  for (let i = 0; i < 6; i++) {
    payload = CODE_ALPHABET[rest % CODE_ALPHABET.length] + payload;
    rest = Math.floor(rest / CODE_ALPHABET.length);
  }
  return completeTrackingCode(`${prefix}${payload}`);
}

export async function addPublishedResults(
  repos: Repositories,
  count: number,
  options: { councilId?: string; now?: Date; prefix?: string; concurrency?: number } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const prefix = options.prefix ?? 'GEN2P';
  const concurrency = options.concurrency ?? 16;
  const make = (n: number): Petition => {
    const at = (days: number) =>
      new Date(now.getTime() - (n % 300) * 3_600_000 - days * 86_400_000).toISOString();
    const agencyId = AGENCIES[n % AGENCIES.length]!;
    return {
      code: codeOf(prefix, n),
      councilId: options.councilId ?? 'hau-giang',
      channel: 'online',
      status: 'answered',
      fieldId: FIELDS[n % FIELDS.length]!,
      localityId: COMMUNES[n % COMMUNES.length]!,
      communeId: COMMUNES[(n + 1) % COMMUNES.length]!,
      title: `Kiến nghị số ${n + 1} về hạ tầng và dịch vụ công`,
      content: `Cử tri đề nghị cơ quan có thẩm quyền xem xét, giải quyết vấn đề số ${n + 1} tại địa phương.`,
      consentToPublish: true,
      agencyId,
      receivedAt: at(40),
      routedAt: at(39),
      deadline: at(9),
      answer: {
        text: `Cơ quan đã xem xét và trả lời kiến nghị số ${n + 1}.`,
        documentNumber: `${n + 1}/TL`,
        documentDate: at(12).slice(0, 10),
        result: n % 3 === 0 ? 'explained' : 'resolved',
        answeredAt: at(12),
        agencyId,
      },
      answeredAt: at(12),
      publishedAt: at(11),
      voterCount: 1 + (n % 4),
      version: 1,
      updatedAt: at(11),
    };
  };
  for (let start = 0; start < count; start += concurrency) {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, count - start) }, (_, i) => {
        const petition = make(start + i);
        return repos.petitions.create({
          petition,
          contact: {
            code: petition.code,
            name: 'Người gửi thử',
            address: 'Địa chỉ thử',
            communeId: petition.communeId,
          },
          events: [],
        });
      }),
    );
  }
}
