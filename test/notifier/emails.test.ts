import { describe, expect, it } from 'vitest';
import { feedbackLink, feedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { statusUrl } from '../../functions/lib/petitions/links.ts';
import { rightsLink, rightsToken } from '../../functions/lib/petitions/rights-token.ts';
import { agencyAssignmentEmail } from '../../functions/notifier/emails/agency-assignment.ts';
import { agencyFollowUpEmail } from '../../functions/notifier/emails/agency-follow-up.ts';
import { agencyReopenedEmail } from '../../functions/notifier/emails/agency-reopened.ts';
import { answeredEmail } from '../../functions/notifier/emails/answered.ts';
import type { SubmitterEmailContext } from '../../functions/notifier/emails/common.ts';
import { receivedEmail } from '../../functions/notifier/emails/received.ts';
import { rejectedEmail } from '../../functions/notifier/emails/rejected.ts';
import { routedEmail } from '../../functions/notifier/emails/routed.ts';
import { translate } from '../../shared/messages/index.ts';
import type { Answer } from '../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { ANSWER_RESULTS } from '../../shared/vocabulary.ts';
import { eventOf, FEEDBACK_SECRET, newPetition, SITE_URL } from './fixtures.ts';

const INJECTION = `<script>alert("x")</script><img src=x onerror="alert(1)"><a href="https://evil.example">bấm</a>`;

function context(title = 'Sửa chữa đường liên xã'): SubmitterEmailContext {
  const petition = newPetition({ title });
  return {
    petition,
    name: 'Hoàng Văn Minh',
    councilName: 'HĐND huyện Hữu Lũng',
    trackingUrl: statusUrl(SITE_URL, petition.code),
  };
}

const answer: Answer = {
  text: 'UBND huyện đã bố trí kinh phí.\nCông trình hoàn thành trong quý I.',
  documentNumber: '245/UBND-KT',
  documentDate: '2026-11-30',
  result: 'scheduled',
  resolveBy: '2027-03-31',
};

const rightsOf = (ctx: SubmitterEmailContext) => rightsLink(SITE_URL, FEEDBACK_SECRET, ctx.petition.code);

describe('notification emails', () => {
  it('keep markup from a petition and an answer as text in the HTML', () => {
    const ctx = context(INJECTION);
    const email = answeredEmail(ctx, { ...answer, text: INJECTION }, `Cơ quan ${INJECTION}`, undefined);
    for (const tag of ['<script', '<img', 'href="https://evil.example"', 'onerror="']) {
      expect(email.html).not.toContain(tag);
    }
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The only links are the ones the service wrote.
    expect([...email.html.matchAll(/<a /g)]).toHaveLength(1);
    expect(email.text).toContain(INJECTION);
  });

  it('escape the reason of a rejection and the title in the agency email', () => {
    const ctx = context();
    const rejected = rejectedEmail(ctx, eventOf(ctx.petition.code, 'rejected', { reason: INJECTION }));
    expect(rejected.html).not.toContain('<script');
    const agency = agencyAssignmentEmail({
      petition: newPetition({ title: INJECTION }),
      event: eventOf(ctx.petition.code, 'routed'),
      agencyName: 'UBND huyện Hữu Lũng',
      councilName: 'HĐND huyện Hữu Lũng',
      fieldName: 'An toàn giao thông',
      consoleLink: 'https://kien-nghi.example.vn/quan-ly/kien-nghi/?ma=7KQM3HXT9PAR',
    });
    expect(agency.html).not.toContain('<script');
    expect(agency.html).toContain('&lt;img src=x');
  });

  it('are in Vietnamese, with the grouped code in the subject and a link to the tracking page', () => {
    const ctx = context();
    const email = receivedEmail(ctx, eventOf(ctx.petition.code, 'received'), rightsOf(ctx));
    const code = formatTrackingCode(ctx.petition.code);
    expect(email.subject).toBe(`Kiến nghị ${code} đã được tiếp nhận`);
    expect(email.text).toContain('Kính gửi Ông/Bà Hoàng Văn Minh,');
    expect(email.text).toContain(`${SITE_URL}/tra-cuu?ma=${code}&lang=vi`);
    expect(email.html).toContain(`href="${SITE_URL}/tra-cuu?ma=${code}&amp;lang=vi"`);
    expect(email.html).toContain('<html lang="vi">');
  });

  it('show times and deadlines in Vietnam time', () => {
    const ctx = context();
    // 17:30 UTC on 30 November is 00:30 on 1 December in Hà Nội.
    const received = receivedEmail(
      ctx,
      eventOf(ctx.petition.code, 'received', { at: '2026-11-30T17:30:00.000Z' }),
      rightsOf(ctx),
    );
    expect(received.text).toMatch(/lúc 00:30 .*01\/12\/2026/);
    const routed = routedEmail(
      ctx,
      eventOf(ctx.petition.code, 'routed', { deadline: '2026-12-30T16:59:59.999Z' }),
      'UBND huyện Hữu Lũng',
    );
    expect(routed.text).toContain('Hạn trả lời: 30/12/2026');
    expect(routed.text).toContain('Cơ quan giải quyết: UBND huyện Hữu Lũng');
  });

  it('give the answer, its document and the private "not satisfied" link only in the answered email', () => {
    const ctx = context();
    const answeredAt = '2026-11-30T03:00:00.000Z';
    const link = feedbackLink(SITE_URL, FEEDBACK_SECRET, ctx.petition.code, answeredAt);
    const email = answeredEmail(ctx, answer, 'UBND huyện Hữu Lũng', link);
    expect(email.text).toContain('  UBND huyện đã bố trí kinh phí.\n  Công trình hoàn thành trong quý I.');
    expect(email.text).toContain('Văn bản: Số 245/UBND-KT ngày 30/11/2026');
    expect(email.text).toContain(
      `Kết quả: ${translate('vi', 'petition.answerResult.scheduled')} (${translate('vi', 'track.resolveBy', { date: '31/03/2027' })})`,
    );
    expect(email.text).toContain(feedbackToken(FEEDBACK_SECRET, ctx.petition.code, answeredAt));
    expect(email.html).toContain('UBND huyện đã bố trí kinh phí.<br>Công trình hoàn thành trong quý I.');
    const received = receivedEmail(ctx, eventOf(ctx.petition.code, 'received'), rightsOf(ctx));
    expect(received.text).not.toContain(feedbackToken(FEEDBACK_SECRET, ctx.petition.code, answeredAt));
  });

  it("give the private link to the submitter's own data in the receipt, with only the code and a MAC in it", () => {
    const ctx = context();
    const email = receivedEmail(ctx, eventOf(ctx.petition.code, 'received'), rightsOf(ctx));
    const link = rightsLink(SITE_URL, FEEDBACK_SECRET, ctx.petition.code);
    expect(email.text).toContain(link);
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['ma', 'khoa']);
    expect(url.searchParams.get('khoa')).toBe(rightsToken(FEEDBACK_SECRET, ctx.petition.code));
    expect(link).not.toContain('Minh');
  });

  it.each(ANSWER_RESULTS)('word the answer result %s as the message catalogue does', (result) => {
    const email = answeredEmail(context(), { ...answer, result }, 'UBND huyện Hữu Lũng', SITE_URL);
    expect(email.text).toContain(`Kết quả: ${translate('vi', `petition.answerResult.${result}`)}`);
  });

  it('keep the subject on one line whatever the text', () => {
    const ctx = context('Dòng một\r\nBcc: ai@example.com');
    expect(receivedEmail(ctx, eventOf(ctx.petition.code, 'received'), rightsOf(ctx)).subject).not.toMatch(
      /[\r\n]/,
    );
  });

  it("link every agency email to the petition's page in the console, and leave the submitter's words out", () => {
    const petition = newPetition({ status: 'in_progress', agencyId: 'ubnd-huu-lung' });
    const consoleLink = `https://kien-nghi.example.vn/quan-ly/kien-nghi/?ma=${petition.code}`;
    const common = {
      petition,
      agencyName: 'UBND huyện Hữu Lũng',
      councilName: 'HĐND huyện Hữu Lũng',
      consoleLink,
    };
    const emails = {
      assignment: agencyAssignmentEmail({
        ...common,
        event: eventOf(petition.code, 'routed'),
        fieldName: 'An toàn giao thông',
      }),
      reopened: agencyReopenedEmail({
        ...common,
        event: eventOf(petition.code, 'reopened', { reason: 'Tôi, Hoàng Văn Minh, chưa hài lòng' }),
      }),
      followUp: agencyFollowUpEmail({
        ...common,
        event: eventOf(petition.code, 'follow_up', { note: 'Đề nghị báo cáo tiến độ' }),
      }),
    };
    for (const [name, email] of Object.entries(emails)) {
      expect(email.text, name).toContain(consoleLink);
      expect(email.html, name).toContain(`href="${consoleLink}"`);
      expect(email.text, name).not.toContain('Hoàng Văn Minh');
      expect(email.subject, name).toContain(formatTrackingCode(petition.code));
    }
    expect(emails.assignment.text).not.toContain('Vui lòng đăng nhập hệ thống để');
    expect(emails.reopened.subject).toContain('chưa hài lòng');
    expect(emails.followUp.subject).toContain('đôn đốc');
  });
});
