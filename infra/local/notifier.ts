/**
 * Notifications on the local stack: the local SES mailbox, and the stream poller feeding
 * the notifier (the same createNotifier() the Lambda handler exports) with an SES client
 * pointed at the mailbox. Started after the demo data is seeded and reading only new
 * changes, so `npm start` does not mail every demo submitter. When the stack keeps its
 * data (`dataDir`), the poller keeps its stream position there too, so a restart after a
 * crash mails what was pending, once; in memory nothing survives a stop, so it starts at
 * the stream's end (LATEST) every time.
 */
import type { Config } from '../../functions/lib/config.ts';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { createEmailSender, createSesClient } from '../../functions/lib/email/index.ts';
import { DEFAULT_MAX_PER_RECIPIENT_PER_DAY } from '../../functions/notifier/config.ts';
import { createNotifier } from '../../functions/notifier/notifier.ts';
import { startMailbox } from './mailbox.ts';
import { localStreamsClient, startStreamPoller } from './stream-poller.ts';

export interface LocalNotifierOptions {
  repos: Repositories;
  config: Config;
  streamArn: string;
  mailboxPort: number;
  /** The stack's data folder, when it persists: the stream position is kept beside the data. */
  dataDir?: string;
}

export async function startLocalNotifier(options: LocalNotifierOptions) {
  const { config } = options;
  // Loopback only: the mailbox shows submitters' names and addresses.
  const mailbox = await startMailbox({ port: options.mailboxPort });
  const streams = localStreamsClient(config.DYNAMODB_ENDPOINT ?? '', config.AWS_REGION);
  try {
    const poller = await startStreamPoller({
      client: streams,
      streamArn: options.streamArn,
      ...(options.dataDir ? { checkpointDir: options.dataDir } : {}),
      handler: createNotifier({
        repos: options.repos,
        sender: createEmailSender({
          client: createSesClient({ region: config.AWS_REGION, endpoint: mailbox.url }),
          sender: 'HĐND (local) <thong-bao@hdnd.local>',
          configurationSet: 'local',
        }),
        siteUrl: config.PUBLIC_SITE_URL,
        feedbackSecret: config.FEEDBACK_TOKEN_SECRET,
        leaseSeconds: 120,
        // The same limits as on AWS; nothing bounces locally, so nothing is ever suppressed.
        recipients: {
          salt: 'local-development-recipient-salt',
          maxPerDay: DEFAULT_MAX_PER_RECIPIENT_PER_DAY,
        },
      }),
    });
    return {
      mailbox,
      stop: async () => {
        await poller.stop();
        streams.destroy();
        await mailbox.stop();
      },
    };
  } catch (error) {
    streams.destroy();
    await mailbox.stop();
    throw error;
  }
}
