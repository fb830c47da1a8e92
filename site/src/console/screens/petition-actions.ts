/**
 * The forms for what the signed-in user may do to a petition now. Which ones appear is
 * the API's answer (`actions`), so a button is never offered that the API would refuse.
 * Every form sends the schema's field names, shows the API's field errors beside the
 * fields, and on 409 reloads the petition and says that someone else changed it.
 */
import type { AnswerInput, RoadmapInput } from '../../../../shared/schemas/index.ts';
import { ANSWER_RESULTS } from '../../../../shared/vocabulary.ts';
import { ApiError } from '../api/errors.ts';
import { flash } from '../app.ts';
import type { LabelKey } from '../i18n/index.ts';
import { consolePaths } from '../paths.ts';
import { signedAnswerField } from '../ui/attachments-section.ts';
import { type Child, h } from '../ui/dom.ts';
import { field, formBody, showErrors, vocabularySelect } from '../ui/form.ts';
import { headedCard } from '../ui/headed-card.ts';
import { type PetitionHost, runAction } from './petition-host.ts';
import { mergeSection } from './petition-merge.ts';
import { routeFields } from './route-form.ts';

function actionSection(
  host: PetitionHost,
  spec: {
    id: string;
    title: LabelKey;
    submit: LabelKey;
    done: LabelKey;
    fields: Child[];
    /** Undoes or refuses work (reject, return): drawn in red. */
    danger?: boolean;
    /** Field errors found before sending (named as the API names them), if any. */
    check?: (body: Record<string, unknown>) => Record<string, string> | undefined;
    run: (body: Record<string, unknown>) => Promise<unknown>;
  },
): HTMLElement {
  const { tr } = host.ctx;
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': `${spec.id}-heading` },
    spec.fields,
    h('button', { type: 'submit', class: spec.danger ? 'button danger' : 'button' }, tr.t(spec.submit)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = formBody(form);
    const problems = spec.check?.(body);
    if (problems) return showErrors(form, tr.m('request.invalid'), problems);
    void runAction(host, form, () => spec.run(body), tr.t(spec.done));
  });
  return headedCard({ id: spec.id, title: tr.t(spec.title), level: 'h3', class: 'action card' }, form);
}

const reasonField = (host: PetitionHost, label: LabelKey, required: boolean) =>
  field({ name: 'reason', label: host.ctx.tr.t(label), type: 'textarea', rows: 3, required });

/**
 * An action whose one field is a reason (reject, close, acknowledge): its words are the
 * catalogue's `<id>.title`, `<id>.submit` and `<id>.done`; rejecting is drawn in red.
 */
function reasonSection(
  host: PetitionHost,
  id: 'reject' | 'close' | 'acknowledge',
  reason: { label: LabelKey; required: boolean },
  run: (reason: string | undefined) => Promise<unknown>,
): HTMLElement {
  return actionSection(host, {
    id,
    title: `${id}.title`,
    submit: `${id}.submit`,
    done: `${id}.done`,
    danger: id === 'reject',
    fields: [reasonField(host, reason.label, reason.required)],
    run: (body) => run(body.reason as string | undefined),
  });
}

export async function actionSections(host: PetitionHost): Promise<HTMLElement[]> {
  const { ctx, view } = host;
  const { tr, api } = ctx;
  const code = view.petition.code;
  const can = new Set(view.actions);
  const sections: HTMLElement[] = [];

  if (can.has('route')) {
    const [{ items: agencies }, ref] = await Promise.all([api.agencies(), ctx.reference()]);
    const route = routeFields(tr, ref, agencies, view.petition);
    sections.push(
      actionSection(host, {
        id: 'route',
        title: 'route.title',
        submit: 'route.submit',
        done: 'route.done',
        fields: route.fields,
        check: route.check,
        run: (body) => api.route(code, body as { agencyId: string; reason?: string }),
      }),
    );
  }
  if (can.has('merge')) sections.push(mergeSection(host));
  if (can.has('reject')) {
    sections.push(
      reasonSection(host, 'reject', { label: 'reject.reason', required: true }, (reason) =>
        api.reject(code, reason as string),
      ),
    );
  }
  if (can.has('close')) {
    sections.push(
      reasonSection(host, 'close', { label: 'petition.reason', required: false }, (reason) =>
        api.close(code, reason),
      ),
    );
  }
  if (can.has('acknowledge')) {
    sections.push(
      reasonSection(host, 'acknowledge', { label: 'petition.note', required: false }, (reason) =>
        api.acknowledge(code, reason),
      ),
    );
  }
  if (can.has('roadmap')) {
    sections.push(
      actionSection(host, {
        id: 'roadmap',
        title: 'roadmapForm.title',
        submit: 'roadmapForm.submit',
        done: 'roadmapForm.done',
        fields: [
          field({ name: 'text', label: tr.t('roadmapForm.text'), type: 'textarea', rows: 4, required: true }),
          field({ name: 'expectedBy', label: tr.t('roadmapForm.expectedBy'), type: 'date', required: true }),
        ],
        run: (body) => api.roadmap(code, body as unknown as RoadmapInput),
      }),
    );
  }
  if (can.has('answer')) {
    const signed = signedAnswerField(host);
    sections.push(
      actionSection(host, {
        id: 'answer',
        title: 'answerForm.title',
        submit: 'answerForm.submit',
        done: 'answerForm.done',
        fields: [
          field({ name: 'text', label: tr.t('answerForm.text'), type: 'textarea', rows: 8, required: true }),
          field({ name: 'documentNumber', label: tr.t('answerForm.documentNumber'), required: true }),
          field({
            name: 'documentDate',
            label: tr.t('answerForm.documentDate'),
            type: 'date',
            required: true,
          }),
          vocabularySelect(
            {
              name: 'result',
              label: tr.t('answerForm.result'),
              required: true,
              placeholder: tr.t('app.choose'),
            },
            ANSWER_RESULTS,
            (r) => tr.m(`petition.answerResult.${r}`, r),
          ),
          field({
            name: 'resolveBy',
            label: tr.t('answerForm.resolveBy'),
            type: 'date',
            hint: tr.t('answerForm.resolveByHint'),
          }),
          signed.field,
        ],
        run: async (body) => {
          await api.answer(code, body as unknown as AnswerInput);
          const file = signed.file();
          if (!file) return;
          try {
            await api.attachments.attachSignedAnswer(code, file);
          } catch (error) {
            // The answer stands; the document can be attached again from the files section.
            const reason = error instanceof Error ? error.message : '';
            const said = error instanceof ApiError ? Object.values(error.fields).join(' ') || reason : reason;
            await host.reload(tr.t('files.attachFailed', { reason: said }), 'error');
            return new Promise(() => undefined); // never settles: the page was drawn again
          }
        },
      }),
    );
  }
  if (can.has('return')) {
    sections.push(
      actionSection(host, {
        id: 'return',
        title: 'return.title',
        danger: true,
        submit: 'return.submit',
        done: 'return.done',
        fields: [reasonField(host, 'return.reason', true)],
        // Returned, the petition is no longer the agency's to see: back to the queue.
        run: async (body) => {
          await api.returnPetition(code, body.reason as string);
          flash(tr.t('return.done'));
          location.assign(consolePaths.queue);
          return new Promise(() => undefined); // never settles: the page is leaving
        },
      }),
    );
  }
  if (can.has('followUp')) {
    sections.push(
      actionSection(host, {
        id: 'follow-up',
        title: 'followUp.title',
        submit: 'followUp.submit',
        done: 'followUp.done',
        fields: [
          field({ name: 'note', label: tr.t('followUp.note'), type: 'textarea', rows: 4, required: true }),
        ],
        run: (body) => api.followUp(code, body.note as string),
      }),
    );
  }
  return sections;
}
