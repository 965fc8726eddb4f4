// Beside the page: the legend, the document's outcome and grounds as its regions make them (updated after every
// decision), and the review itself — submit to the second reviewer, who sees what changed in this round and
// approves or sends it back. Every refusal of the API is shown in its own words.
import { useState } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { StaffUser } from '../api/api-types';
import { TextAreaField } from '../forms/fields';
import { useI18n, type I18n } from '../i18n/language';
import { groundColour } from './ground-colours';
import { OutcomeForm } from './outcome-form';
import type { Assessment, Ground, Region, ReviewChangeEvent, ReviewChanges, ReviewedDocument } from './review-api';
import { regionMarks } from './review-marks';
import { markText } from './region-words';

export function Legend({ grounds, order }: { grounds: readonly Ground[]; order: readonly string[] }) {
  const { t, lang } = useI18n();
  return (
    <section className="woo-panel woo-review-legend" aria-labelledby="review-legend-title">
      <Heading level={2} id="review-legend-title">
        {t('review.legend.title')}
      </Heading>
      {grounds.length === 0 ? (
        <Paragraph>{t('review.legend.empty')}</Paragraph>
      ) : (
        <ul className="woo-plain-list">
          {grounds.map((ground) => (
            <li key={ground.code} className="woo-review-legend__item">
              <span
                className="woo-review-legend__swatch"
                style={{ borderColor: groundColour(ground.code, order) }}
                aria-hidden="true"
              />
              <span>
                <strong>{ground.code}</strong> {lang === 'nl' ? ground.labelNl : ground.labelEn}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Paragraph className="woo-review-legend__states">{t('review.legend.states')}</Paragraph>
    </section>
  );
}

export function OutcomePanel({
  assessment,
  documentId,
  busy,
  onSaved,
}: {
  assessment: Assessment;
  documentId: string;
  busy: boolean;
  onSaved: (answer: Assessment, reopened: boolean) => void;
}) {
  const { t, pick } = useI18n();
  const { derived } = assessment;
  return (
    <section className="woo-panel woo-review-outcome" aria-labelledby="review-outcome-title">
      <Heading level={2} id="review-outcome-title">
        {t('review.outcome.title')}
      </Heading>
      <dl className="woo-review-facts" aria-live="polite">
        <div>
          <dt>{t('review.outcome.suggested')}</dt>
          <dd className="woo-review-outcome__suggested">{t(`review.outcome.${derived.suggestedOutcome}`)}</dd>
        </div>
        <div>
          <dt>{t('review.outcome.grounds')}</dt>
          <dd className="woo-review-outcome__grounds">{derived.groundList || t('review.outcome.noGrounds')}</dd>
        </div>
        <div>
          <dt>{t('review.outcome.counts')}</dt>
          <dd>{t('review.outcome.countsText', { accepted: derived.acceptedRegions, open: derived.openRegions })}</dd>
        </div>
        {assessment.outcomeLabel && (
          <div>
            <dt>{t('review.outcome.chosen')}</dt>
            <dd>{pick(assessment.outcomeLabel)}</dd>
          </div>
        )}
        {assessment.alreadyPublicUrl && (
          <div>
            <dt>{t('review.outcome.publicAt')}</dt>
            <dd>
              <a href={assessment.alreadyPublicUrl} rel="noopener noreferrer" target="_blank">
                {assessment.alreadyPublicUrl}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {assessment.notices.length > 0 && (
        <div className="woo-review-outcome__notices" aria-live="polite">
          {assessment.notices.map((notice) => (
            <Paragraph key={notice.code}>
              <span className="woo-review-outcome__notice-mark">{t('review.outcome.noticeMark')}</span> {pick(notice)}
            </Paragraph>
          ))}
        </div>
      )}
      <OutcomeForm documentId={documentId} assessment={assessment} disabled={busy} onSaved={onSaved} />
    </section>
  );
}

function describeChange(
  event: ReviewChangeEvent,
  regionsById: ReadonlyMap<string, Region>,
  t: I18n['t'],
  pick: I18n['pick'],
): string {
  const who = event.actor?.displayName ?? t('review.changes.someone');
  const data = event.data;
  if (event.type === 'document.outcome_set') {
    const to = (data.to ?? {}) as { outcome?: string };
    return t('review.changes.outcome', { who, outcome: to.outcome ?? '' });
  }
  if (event.type === 'document.regions_applied_to_case') {
    const changed = Array.isArray(data.changedRegionIds) ? data.changedRegionIds.length : 0;
    const added = Array.isArray(data.addedRegionIds) ? data.addedRegionIds.length : 0;
    return data.decision === 'reject'
      ? t('review.changes.appliedReject', { who, changed })
      : t('review.changes.appliedAccept', { who, changed, added, ground: String(data.ground ?? '') });
  }
  const marks = [...regionMarks([event]).entries()];
  const parts = marks.map(([regionId, list]) => {
    const region = regionsById.get(regionId);
    const what = region ? `"${region.text ?? t('review.region.noText')}"` : t('review.changes.removedRegion');
    const page = typeof data.page === 'number' ? data.page : region?.page;
    return t('review.changes.region', {
      what,
      page: page ?? '?',
      change: list.map((mark) => markText(mark, t)).join('; '),
    });
  });
  if (event.type === 'document.region_deleted') parts.push(t('review.changes.deleted'));
  void pick;
  return `${who}: ${parts.join(' ') || event.type}`;
}

export function ReviewPanel(props: {
  user: StaffUser;
  document: ReviewedDocument;
  assessment: Assessment | null;
  changes: ReviewChanges | null;
  regions: readonly Region[];
  busy: boolean;
  onSubmit: () => void;
  onApprove: () => void;
  onReopen: (reason: string) => void;
}) {
  const { t, pick } = useI18n();
  const [reason, setReason] = useState('');
  const { user, changes } = props;
  const review = changes?.review ?? props.assessment?.review ?? null;
  if (!review) return null;
  const regionsById = new Map(props.regions.map((region) => [region.id, region]));
  const names = new Map<string, string>();
  for (const region of props.regions) {
    for (const ref of [region.createdBy, region.changedBy]) if (ref) names.set(ref.id, ref.displayName);
  }
  for (const change of changes?.changes ?? []) if (change.actor) names.set(change.actor.id, change.actor.displayName);
  const submitter = review.submittedBy
    ? review.submittedBy === user.id
      ? t('review.flow.you')
      : (names.get(review.submittedBy) ?? t('review.flow.colleague'))
    : null;
  const mayApprove = (user.role === 'reviewer' || user.role === 'admin') && review.submittedBy !== user.id;
  const detecting = props.document.detectStatus === 'pending' || props.document.detectStatus === 'running';

  return (
    <section className="woo-panel woo-panel--attention woo-review-flow" aria-labelledby="review-flow-title">
      <Heading level={2} id="review-flow-title" tabIndex={-1}>
        {t('review.flow.title')}
      </Heading>
      <Paragraph className="woo-review-flow__status">
        {review.reviewStatus === 'open'
          ? t('review.flow.open')
          : review.reviewStatus === 'submitted'
            ? t('review.flow.submitted', { who: submitter ?? t('review.flow.colleague') })
            : t('review.flow.approved')}
      </Paragraph>
      {review.reviewStatus !== 'open' && <Paragraph>{t('review.flow.changeReopens')}</Paragraph>}

      {review.reviewStatus === 'open' && (
        <>
          {detecting && <Paragraph>{t('review.flow.detecting')}</Paragraph>}
          <Button appearance="primary-action-button" onClick={props.onSubmit} disabled={props.busy}>
            {t('review.action.submit')}
          </Button>
        </>
      )}

      {review.reviewStatus !== 'open' && changes && (
        <section className="woo-review-changes" aria-labelledby="review-changes-title">
          <Heading level={3} id="review-changes-title">
            {t('review.changes.title')}
          </Heading>
          {changes.changes.length === 0 ? (
            <Paragraph>{t('review.changes.none')}</Paragraph>
          ) : (
            <ol className="woo-review-changes__list">
              {changes.changes.map((change) => (
                <li key={change.eventId}>{describeChange(change, regionsById, t, pick)}</li>
              ))}
            </ol>
          )}
        </section>
      )}

      {review.reviewStatus === 'submitted' &&
        (mayApprove ? (
          <>
            <Paragraph>{t('review.flow.checkThenApprove')}</Paragraph>
            <Button appearance="primary-action-button" onClick={props.onApprove} disabled={props.busy}>
              {t('review.action.approve')}
            </Button>
          </>
        ) : (
          <Paragraph>
            {review.submittedBy === user.id ? t('review.flow.fourEyes') : t('review.flow.reviewerOnly')}
          </Paragraph>
        ))}

      {review.reviewStatus === 'approved' && (
        <Paragraph className="woo-review-flow__redaction">{redactionText(props.document, t)}</Paragraph>
      )}

      {review.reviewStatus !== 'open' && (
        <div className="woo-review-reopen">
          <TextAreaField
            id="review-reopen-reason"
            label={t('review.reopen.reason')}
            optional
            value={reason}
            onChange={setReason}
            rows={2}
          />
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={() => props.onReopen(reason)} disabled={props.busy}>
              {t('review.action.reopen')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}

function redactionText(document: ReviewedDocument, t: I18n['t']): string {
  // A failed leak gate also leaves redactStatus 'failed': say which of the two it was.
  if (document.leakGatePassed === false) return t('review.redaction.leak');
  if (document.redactStatus === 'failed') return t('review.redaction.failed');
  if (document.redactStatus !== 'done') return t('review.redaction.running');
  return t('review.redaction.done');
}
