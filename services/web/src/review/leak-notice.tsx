// When the leak gate failed the document on a region's text: which region (page and text), a way to go to it, and —
// for a region whose text may be another person's where it stands openly — the action to record that at once. The
// report holds no leaked text; the region's own text comes from the regions the page already shows.
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import type { Region, ReviewedDocument } from './review-api';
import { namesakePossible } from './region-words';

/** Leaks of a region's own text or the words under it; a region left unpainted is another problem. */
const TEXT_KINDS = new Set(['region-text', 'region-words', 'region-word']);

export function LeakNotice(props: {
  document: ReviewedDocument;
  regions: readonly Region[];
  busy: boolean;
  onShow: (region: Region) => void;
  onNamesake: (region: Region) => void;
}) {
  const { t } = useI18n();
  if (props.document.leakGatePassed !== false || props.document.redactStatus !== 'failed') return null;
  const report = props.document.leakReport ?? [];
  const byId = new Map(props.regions.map((region) => [region.id, region]));
  const pages = new Map<string, number | undefined>();
  let others = 0;
  for (const leak of report) {
    if (leak.regionId && leak.kind && TEXT_KINDS.has(leak.kind)) {
      if (!pages.has(leak.regionId)) pages.set(leak.regionId, leak.page);
    } else others += 1;
  }
  if (pages.size === 0) return null;
  const text = (region: Region) => (region.text ?? t('review.region.noText')).replace(/\.$/, '');

  return (
    <section className="woo-panel woo-panel--attention woo-review-leak" aria-labelledby="review-leak-title">
      <Heading level={2} id="review-leak-title">
        {t('review.leak.title')}
      </Heading>
      <ul className="woo-plain-list">
        {[...pages].map(([regionId, leakPage]) => {
          const region = byId.get(regionId);
          const page = region?.page ?? leakPage ?? '?';
          return (
            <li key={regionId} className="woo-review-leak__item">
              <Paragraph>
                {region ? t('review.leak.region', { page, text: text(region) }) : t('review.leak.regionGone', { page })}
              </Paragraph>
              {region?.namesake && <Paragraph>{t('review.leak.namesakeRecorded')}</Paragraph>}
              {region && (
                <ButtonGroup>
                  <Button appearance="secondary-action-button" onClick={() => props.onShow(region)}>
                    {t('review.leak.show')}
                  </Button>
                  {!region.namesake && namesakePossible(region) && (
                    <Button
                      appearance="primary-action-button"
                      onClick={() => props.onNamesake(region)}
                      disabled={props.busy}
                    >
                      {t('review.action.namesake')}
                    </Button>
                  )}
                </ButtonGroup>
              )}
            </li>
          );
        })}
      </ul>
      {others > 0 && <Paragraph>{t('review.leak.other', { count: others })}</Paragraph>}
      <Paragraph>{t('review.leak.help')}</Paragraph>
    </section>
  );
}
