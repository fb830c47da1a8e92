/**
 * The shapes the build reads from the public API that are not already in shared/schemas:
 * the reference data and a published meeting. Unknown properties are dropped.
 */
import { z } from 'zod';
import { MEETING_KINDS, MEETING_STATUSES } from '../../../shared/schemas/meeting.ts';

const Named = z.object({ id: z.string(), name: z.string() });

export const Reference = z.object({
  fields: z.array(Named.extend({ nameEn: z.string().optional() })),
  units: z.array(
    Named.extend({ type: z.enum(['province', 'district', 'commune']), parentId: z.string().nullable() }),
  ),
  agencies: z.array(Named),
  councils: z.array(Named.extend({ unitId: z.string() })),
});
export type Reference = z.infer<typeof Reference>;
export type Unit = Reference['units'][number];

export const PublicMeeting = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  status: z.enum(MEETING_STATUSES),
  statusReason: z.string().optional(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.object({
    name: z.string(),
    address: z.string(),
    coordinates: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  }),
  communes: z.array(Named),
  councilId: z.string(),
  council: Named.optional(),
  session: Named.extend({ opensOn: z.string() }).optional(),
  group: Named.optional(),
  delegates: z.array(Named.extend({ title: z.string().optional() })).default([]),
  agenda: z.string().optional(),
  invitedBodies: z.array(z.string()).default([]),
  attendance: z.number().optional(),
  calendarPath: z.string(),
  /** The resolutions an after-session meeting explains (DESIGN §8.4). */
  resolutionIds: z.array(z.string()).default([]),
});
export type PublicMeeting = z.infer<typeof PublicMeeting>;

export const MeetingsPage = z.object({ items: z.array(PublicMeeting), nextCursor: z.string().optional() });
