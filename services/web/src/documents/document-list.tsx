// The case's documents in inventory order, each with where it is in the pipeline: a headline, a bar for the pages
// read, every step with its state in words, what detection found per ground, and the page-by-page progress on
// request. E-mail attachments are listed under their e-mail; a duplicate says which document it repeats.
import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { AppLink } from '../routing/router';
import { pipelineSteps, stageOf, stepStates, type PipelineStep, type StepState } from './document-stage';
import type { DocumentSummary } from './document-types';
import { PageDetails } from './page-details';

export function DocumentList({ documents }: { documents: readonly DocumentSummary[] }) {
  const children = new Map<string, DocumentSummary[]>();
  for (const document of documents) {
    if (!document.parent) continue;
    children.set(document.parent.id, [...(children.get(document.parent.id) ?? []), document]);
  }
  // An attachment whose e-mail is not in the list (never expected) is shown at the top level rather than lost.
  const ids = new Set(documents.map((document) => document.id));
  const roots = documents.filter((document) => !document.parent || !ids.has(document.parent.id));
  return (
    <ul className="woo-docs">
      {roots.map((document) => (
        <DocumentItem key={document.id} document={document} childrenOf={children} />
      ))}
    </ul>
  );
}

function DocumentItem({
  document,
  childrenOf,
}: {
  document: DocumentSummary;
  childrenOf: ReadonlyMap<string, DocumentSummary[]>;
}) {
  const { t } = useI18n();
  const stage = stageOf(document);
  const states = stepStates(document);
  const attachments = childrenOf.get(document.id) ?? [];
  const reviewable = document.detectStatus === 'done' && document.status === 'ready';
  const { pages, textLayer, ocr } = document.progress;
  const barId = `doc-${document.id}-pages`;
  return (
    <li className={`woo-doc woo-doc--${stage}`} data-document-number={document.documentNumber}>
      <div className="woo-doc__head">
        <span className="woo-doc__number">{t('documents.number', { number: document.documentNumber })}</span>
        <span className="woo-doc__name">{document.filename}</span>
        <span className="woo-doc__stage">{t(`documents.stage.${stage}` as MessageKey)}</span>
        {reviewable && (
          <AppLink
            className="woo-doc__review"
            href={`/documenten/${document.id}/beoordelen`}
            aria-label={t('documents.reviewLinkName', { filename: document.filename })}
          >
            {t('documents.reviewLink')}
          </AppLink>
        )}
      </div>
      {document.duplicateOf && (
        <Paragraph className="woo-doc__duplicate">
          {t('documents.duplicateOf', { number: document.duplicateOf.documentNumber })}
        </Paragraph>
      )}
      {stage === 'failed' && document.failureReason && (
        <Paragraph className="woo-doc__reason">
          {t('documents.failureReason', { reason: document.failureReason })}
        </Paragraph>
      )}
      {stage === 'leakGateFailed' && <Paragraph className="woo-doc__reason">{t('documents.leakGateFailed')}</Paragraph>}
      {pages > 0 && (
        <div className="woo-doc__pages">
          <label htmlFor={barId}>{t('documents.pagesRead', { done: ocr.done, total: pages })}</label>
          <progress id={barId} max={pages} value={ocr.done}>
            {ocr.done}/{pages}
          </progress>
          {ocr.done > 0 && (
            <span className="woo-doc__pages-how">
              {t('documents.pagesHow', { textLayer, ocr: ocr.done - textLayer })}
            </span>
          )}
        </div>
      )}
      <ol className="woo-steps" aria-label={t('documents.stepsLabel', { filename: document.filename })}>
        {pipelineSteps.map((step) => (
          <li key={step} className={`woo-step woo-step--${states[step]}`}>
            <span className="woo-step__name">{t(`documents.step.${step}` as MessageKey)}</span>:{' '}
            <span className="woo-step__state">{stateText(t, step, states[step], stage)}</span>
            {step === 'detection' && states.detection === 'done' && <GroundsFound document={document} />}
          </li>
        ))}
      </ol>
      {pages > 0 && <PageDetails document={document} />}
      {attachments.length > 0 && (
        <div className="woo-doc__attachments">
          <Paragraph id={`doc-${document.id}-attachments`} className="woo-doc__attachments-title">
            {t('documents.attachmentsTitle')}
          </Paragraph>
          <ul className="woo-docs" aria-labelledby={`doc-${document.id}-attachments`}>
            {attachments.map((attachment) => (
              <DocumentItem key={attachment.id} document={attachment} childrenOf={childrenOf} />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function stateText(
  t: (key: MessageKey) => string,
  step: PipelineStep,
  state: StepState,
  stage: ReturnType<typeof stageOf>,
): string {
  if (step === 'review' && state === 'action' && stage === 'secondReview') return t('documents.state.secondReview');
  return t(`documents.state.${state}` as MessageKey);
}

function GroundsFound({ document }: { document: DocumentSummary }) {
  const { t } = useI18n();
  if (document.regionsPerGround.length === 0) return <> — {t('documents.nothingFound')}</>;
  const counts = document.regionsPerGround
    .map(({ ground, regions }) => t('documents.groundCount', { ground, count: regions }))
    .join(', ');
  return <> — {t('documents.groundsFound', { counts })}</>;
}
