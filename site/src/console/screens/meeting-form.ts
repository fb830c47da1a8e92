/**
 * /quan-ly/tiep-xuc/sua/[?id=]: plan a meeting, or edit one. Times are typed in Vietnam
 * time (the API reads a time without an offset as Asia/Ho_Chi_Minh). An edit carries the
 * sequence it read: if someone saved in between, the API says 409 and the form reloads.
 */
import type { Meeting, Resolution } from '../../../../shared/schemas/index.ts';
import {
  isOneOf,
  MEETING_KINDS,
  OPEN_MEETING_STATUSES,
  PLANNED_MEETING_STATUSES,
} from '../../../../shared/vocabulary.ts';
import { ConflictApiError } from '../api/errors.ts';
import { type MeetingDraft, meetingsApi } from '../api/meetings-api.ts';
import type { Reference } from '../api/reference.ts';
import { resolutionsApi } from '../api/resolutions-api.ts';
import { type ContextOf, defineScreen } from '../context.ts';
import { consolePaths } from '../paths.ts';
import { saveAndBack } from '../ui/buttons.ts';
import { h } from '../ui/dom.ts';
import { checkbox, checkboxes, field, formBody, staffForm, vocabularySelect } from '../ui/form.ts';
import { councilCommuneOptions } from './reference-options.ts';
import { showVersionedForm } from './versioned-form.ts';

/** "2026-12-01T01:00:00.000Z" → "2026-12-01T08:00", the Vietnam wall clock a datetime input shows. */
export const vietnamLocalInput = (iso: string) =>
  new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 16);

/** The resolutions an after-session meeting explains, picked from the council's (DESIGN §8.4). */
function resolutionChoices(
  ctx: ContextOf<'secretariat'>,
  resolutions: readonly Resolution[],
  meeting?: Meeting,
) {
  if (resolutions.length === 0) return null;
  return checkboxes(
    'resolutionIds',
    ctx.tr.t('meetingForm.resolutions'),
    resolutions.map((r) => ({ value: r.id, label: `${r.number}: ${r.title}` })),
    meeting?.resolutionIds,
  );
}

function meetingForm(
  ctx: ContextOf<'secretariat'>,
  ref: Reference,
  meeting: Meeting | undefined,
  resolutions: readonly Resolution[] = [],
): HTMLFormElement {
  const { tr } = ctx;
  // A held meeting keeps what happened; only the resolutions it explained are still picked.
  if (meeting?.status === 'held')
    return staffForm(
      {},
      h('p', {}, tr.t('meetingForm.heldOnlyResolutions')),
      resolutionChoices(ctx, resolutions, meeting) ?? h('p', {}, tr.t('meetingForm.noResolutions')),
      saveAndBack(ctx.tr, consolePaths.meetings),
    );
  const council = ref.councils.find((c) => c.id === ctx.session.user.councilId);
  const groups = council?.electoralUnits.flatMap((e) => e.groups) ?? [];
  const delegates = groups.flatMap((g) =>
    g.delegates.map((d) => ({ value: d.id, label: `${d.name} (${g.name})` })),
  );
  const editable = !meeting || isOneOf(OPEN_MEETING_STATUSES, meeting.status);
  return staffForm(
    {},
    vocabularySelect(
      {
        name: 'kind',
        label: tr.t('meetingForm.kind'),
        required: true,
        placeholder: tr.t('app.choose'),
        value: meeting?.kind,
      },
      MEETING_KINDS,
      (k) => tr.m(`meeting.kind.${k}`, k),
    ),
    field({ name: 'title', label: tr.t('meetingForm.title'), required: true, value: meeting?.title }),
    field({
      name: 'sessionId',
      label: tr.t('meetingForm.session'),
      type: 'select',
      placeholder: tr.t('app.none'),
      options: (council?.sessions ?? []).map((s) => ({ value: s.id, label: s.name })),
      value: meeting?.sessionId,
    }),
    field({
      name: 'groupId',
      label: tr.t('meetingForm.group'),
      type: 'select',
      placeholder: tr.t('app.none'),
      options: groups.map((g) => ({ value: g.id, label: g.name })),
      value: meeting?.groupId,
    }),
    checkboxes('delegateIds', tr.t('meetingForm.delegates'), delegates, meeting?.delegateIds),
    checkboxes(
      'communeIds',
      tr.t('meetingForm.communes'),
      councilCommuneOptions(ref, council?.id ?? ''),
      meeting?.communeIds,
    ),
    field({
      name: 'venue.name',
      label: tr.t('meetingForm.venueName'),
      required: true,
      value: meeting?.venue.name,
    }),
    field({
      name: 'venue.address',
      label: tr.t('meetingForm.venueAddress'),
      required: true,
      value: meeting?.venue.address,
    }),
    field({
      name: 'startsAt',
      label: tr.t('meetingForm.startsAt'),
      type: 'datetime-local',
      required: true,
      value: meeting ? vietnamLocalInput(meeting.startsAt) : undefined,
    }),
    field({
      name: 'endsAt',
      label: tr.t('meetingForm.endsAt'),
      type: 'datetime-local',
      required: true,
      value: meeting ? vietnamLocalInput(meeting.endsAt) : undefined,
    }),
    field({
      name: 'agenda',
      label: tr.t('meetingForm.agenda'),
      type: 'textarea',
      rows: 4,
      value: meeting?.agenda,
    }),
    field({
      name: 'invitedBodies',
      label: tr.t('meetingForm.invitedBodies'),
      type: 'textarea',
      rows: 3,
      value: meeting?.invitedBodies.join('\n'),
    }),
    editable
      ? vocabularySelect(
          {
            name: 'status',
            label: tr.t('meetingForm.status'),
            value: meeting && isOneOf(PLANNED_MEETING_STATUSES, meeting.status) ? meeting.status : 'planned',
          },
          PLANNED_MEETING_STATUSES,
          (s) => tr.m(`meeting.status.${s}`, s),
        )
      : null,
    resolutionChoices(ctx, resolutions, meeting),
    meeting ? null : checkbox('published', tr.t('meetings.publish')),
    saveAndBack(ctx.tr, consolePaths.meetings),
  );
}

/** The body the API expects: lists from the text area; in an edit, emptied optional fields are removed (null). */
export function draftOf(
  body: Record<string, unknown>,
  meeting: Meeting | undefined,
  councilId: string,
): MeetingDraft {
  if (meeting?.status === 'held')
    return { resolutionIds: body.resolutionIds ?? [], sequence: meeting.sequence };
  const draft: MeetingDraft = { ...body };
  const invited = typeof body.invitedBodies === 'string' ? body.invitedBodies : '';
  draft.invitedBodies = invited
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (!meeting) return { ...draft, councilId };
  for (const clearable of ['sessionId', 'groupId', 'agenda'])
    if (!(clearable in draft)) draft[clearable] = null;
  if (!('resolutionIds' in draft)) draft.resolutionIds = [];
  return { ...draft, sequence: meeting.sequence };
}

export const meetingFormScreen = defineScreen({
  title: 'meetingForm.titleNew',
  roles: ['secretariat'],
  async render(ctx, { tr, councilId }) {
    const api = meetingsApi(ctx.client);
    const id = ctx.params.get('id');
    const ref = await ctx.reference();
    await showVersionedForm(ctx, async () => {
      const [meeting, resolutions] = await Promise.all([
        id ? api.get(id).then((a) => a.meeting) : Promise.resolve(undefined),
        resolutionsApi(ctx.client)
          .list(councilId)
          .then((p) => p.items),
      ]);
      const form = meetingForm(ctx, ref, meeting, resolutions);
      return {
        title: meeting ? 'meetingForm.titleEdit' : 'meetingForm.titleNew',
        lead: meeting?.title,
        form,
        save: async () => {
          const draft = draftOf(formBody(form), meeting, councilId);
          if (meeting) await api.edit(meeting.id, draft);
          else await api.create(draft);
        },
        // Every 409 on a meeting is a stale sequence: the form is read again.
        isStale: (error) => error instanceof ConflictApiError,
        saved: () => ({ message: tr.t('meetingForm.saved'), next: consolePaths.meetings }),
      };
    });
  },
});
