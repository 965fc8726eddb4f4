// A region and its changes in words: the recogniser that proposed it, its state, and what the first reviewer did.
import type { I18n } from '../i18n/language';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import type { Region, RegionStatus } from './review-api';
import type { RegionMark } from './review-marks';

const recognisers: Record<string, MessageKey> = {
  'bsn-elfproef': 'review.recogniser.bsn',
  'email-address': 'review.recogniser.email',
  'email-signature': 'review.recogniser.signature',
  'dutch-phone-number': 'review.recogniser.phone',
  'iban-mod97': 'review.recogniser.iban',
  'dutch-address': 'review.recogniser.address',
  'dutch-licence-plate': 'review.recogniser.plate',
  'dutch-person-name': 'review.recogniser.name',
  'known-person': 'review.recogniser.knownPerson',
  'date-of-birth': 'review.recogniser.dateOfBirth',
  'special-category-lexicon': 'review.recogniser.specialCategory',
  apply_to_case: 'review.recogniser.applyToCase',
  manual: 'review.recogniser.manual',
};

/** Recognisers of structured identifiers: such a text is never another person's (the API refuses a namesake). */
const identifierRecognisers = new Set([
  'bsn-elfproef',
  'email-address',
  'dutch-phone-number',
  'iban-mod97',
  'dutch-address',
  'dutch-licence-plate',
  'date-of-birth',
]);

/** Whether "another person where it stands openly elsewhere" can be recorded for this region. */
export function namesakePossible(region: Region): boolean {
  if (region.status === 'rejected' || !region.text?.trim() || region.ground === '5.1.1e') return false;
  return !region.recogniser.split('+').some((name) => identifierRecognisers.has(name));
}

export function recogniserLabel(region: Region, t: I18n['t']): string {
  if (region.recogniser === 'manual') return t('review.recogniser.manual');
  // Findings of several recognisers on the same text are merged: 'known-person+dutch-person-name'.
  return region.recogniser
    .split('+')
    .map((name) => {
      const key = recognisers[name];
      return key ? t(key) : t('review.recogniser.other', { name });
    })
    .join(' + ');
}

export function statusKey(status: RegionStatus): MessageKey {
  return status === 'accepted'
    ? 'review.status.accepted'
    : status === 'rejected'
      ? 'review.status.rejected'
      : 'review.status.proposed';
}

export function markText(mark: RegionMark, t: I18n['t']): string {
  switch (mark.kind) {
    case 'added':
      return t('review.mark.added', { ground: mark.ground });
    case 'accepted':
      return t('review.mark.accepted', { ground: mark.ground });
    case 'rejected':
      return t('review.mark.rejected');
    case 'ground':
      return t('review.mark.ground', { from: mark.from, to: mark.to });
    case 'box':
      return t('review.mark.box');
    case 'applied':
      return mark.decision === 'reject'
        ? t('review.mark.appliedReject')
        : t('review.mark.appliedAccept', { ground: mark.ground ?? '' });
    case 'namesake':
      return mark.set ? t('review.mark.namesakeSet') : t('review.mark.namesakeCleared');
  }
}

/** "Gewijzigd: …" under a region the first reviewer changed in this round. */
export function MarkList({ marks }: { marks: readonly RegionMark[] }) {
  const { t } = useI18n();
  return (
    <span className="woo-review-marks">
      <span className="woo-review-marks__title">{t('review.mark.title')}</span>{' '}
      {marks.map((mark) => markText(mark, t)).join('; ')}
    </span>
  );
}
