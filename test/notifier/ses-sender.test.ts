import { MessageRejected, SESClient, SESServiceException, SendEmailCommand } from '@aws-sdk/client-ses';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../functions/lib/email/backoff.ts';
import {
  createEmailSender,
  escapeHtml,
  PermanentEmailError,
  TemporaryEmailError,
} from '../../functions/lib/email/index.ts';
import { useSesMock } from '../support/ses-mock.ts';

const ses = useSesMock();
afterEach(() => ses.reset());

const sesError = (name: string, status: number, fault: 'client' | 'server' = 'client') =>
  new SESServiceException({ name, $fault: fault, $metadata: { httpStatusCode: status }, message: name });

function sender(waits: number[] = []) {
  const retry: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  };
  return createEmailSender({
    client: new SESClient({ region: 'ap-southeast-1' }),
    sender: 'HĐND <thong-bao@hdnd.example.vn>',
    configurationSet: 'notifications',
    retry,
  });
}

const message = { to: 'cu-tri@example.com', subject: 'Tiêu đề', text: 'Nội dung', html: '<p>Nội dung</p>' };

describe('SES sender', () => {
  it('sends one UTF-8 message to one recipient from the configured sender and configuration set', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    await expect(sender().send({ ...message, tags: { kind: 'answered' } })).resolves.toEqual({
      messageId: 'm-1',
    });
    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(input).toMatchObject({
      Source: 'HĐND <thong-bao@hdnd.example.vn>',
      ConfigurationSetName: 'notifications',
      Destination: { ToAddresses: ['cu-tri@example.com'] },
      Message: {
        Subject: { Data: 'Tiêu đề', Charset: 'UTF-8' },
        Body: { Text: { Data: 'Nội dung', Charset: 'UTF-8' }, Html: { Charset: 'UTF-8' } },
      },
      Tags: [{ Name: 'kind', Value: 'answered' }],
    });
  });

  it('retries throttling and 5xx with backoff, then sends exactly once', async () => {
    ses
      .on(SendEmailCommand)
      .rejectsOnce(sesError('Throttling', 400))
      .rejectsOnce(sesError('ServiceUnavailable', 503, 'server'))
      .resolves({ MessageId: 'm-2' });
    const waits: number[] = [];
    await expect(sender(waits).send(message)).resolves.toEqual({ messageId: 'm-2' });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
    // Full jitter at 0.5: half of 200 ms, then half of 400 ms.
    expect(waits).toEqual([100, 200]);
  });

  it('gives up with a TemporaryEmailError when throttling outlasts every try', async () => {
    ses.on(SendEmailCommand).rejects(sesError('Throttling', 400));
    const error = await sender()
      .send(message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemporaryEmailError);
    expect((error as TemporaryEmailError).attempts).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it.each([
    [new MessageRejected({ message: 'Email address is not verified.', $metadata: {} }), 'message_rejected'],
    [sesError('MailFromDomainNotVerifiedException', 400), 'sender_not_verified'],
    [sesError('InvalidParameterValue', 400), 'invalid_address'],
    [sesError('ValidationError', 400), 'message_invalid'],
    [new URIError('URI malformed'), 'malformed_message'],
    [
      new MessageRejected({ message: 'Address is on the account suppression list.', $metadata: {} }),
      'recipient_suppressed',
    ],
  ])('classifies %s as a permanent refusal and does not retry it', async (refusal, reason) => {
    ses.on(SendEmailCommand).rejects(refusal);
    const error = await sender()
      .send(message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentEmailError);
    expect((error as PermanentEmailError).reason).toBe(reason);
    expect((error as PermanentEmailError).cause).toBe(refusal);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('refuses an address or tag that is not well-formed before the SDK sees it, and sends nothing', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-3' });
    for (const bad of [
      { ...message, to: 'cu-tri\ud83d@example.com' },
      { ...message, tags: { kind: '\udc00' } },
    ]) {
      const error = await sender()
        .send(bad)
        .catch((e: unknown) => e);
      expect((error as PermanentEmailError).reason).toBe('malformed_message');
    }
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('sends text holding a lone surrogate with U+FFFD in its place', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-4' });
    await sender().send({
      ...message,
      subject: 'Tiêu đề \ud83d',
      text: '\udc00 Nội dung',
      html: '<p>\ud83d</p>',
    });
    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(input.Message?.Subject?.Data).toBe('Tiêu đề \ufffd');
    expect(input.Message?.Body?.Text?.Data).toBe('\ufffd Nội dung');
    expect(input.Message?.Body?.Html?.Data).toBe('<p>\ufffd</p>');
  });

  it('rethrows an error an operator must fix (access denied) as it is, without retrying', async () => {
    const denied = sesError('AccessDenied', 403);
    ses.on(SendEmailCommand).rejects(denied);
    await expect(sender().send(message)).rejects.toBe(denied);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });
});

describe('backoff with full jitter', () => {
  it('waits a random time below a ceiling that doubles up to the cap', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n, () => 0.999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffDelay(policy, 3, () => 0)).toBe(0);
  });
});

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
});
