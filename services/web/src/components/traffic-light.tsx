// The work list's traffic light: a coloured dot AND a word, so the meaning never rests on colour alone (WCAG 1.4.1).
import type { TrafficLight } from '../api/api-types';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';

const labels: Record<TrafficLight, MessageKey> = {
  overdue: 'light.overdue',
  first_contact_overdue: 'light.firstContactOverdue',
  due_soon: 'light.dueSoon',
  on_track: 'light.onTrack',
  none: 'light.none',
};

export function TrafficLightBadge({ light }: { light: TrafficLight }) {
  const { t } = useI18n();
  return (
    <span className={`woo-light woo-light--${light.replace(/_/g, '-')}`}>
      <span className="woo-light__dot" aria-hidden="true" />
      {t(labels[light])}
    </span>
  );
}
