// "Waarom deze datum?": the steps that produced a date, as the domain wrote them, in a disclosure that works with
// the keyboard without any script (<details>).
import { OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import type { ExplanationStep } from '../api/api-types';
import { useI18n } from '../i18n/language';

export function DateExplanation({ steps, summary }: { steps: ExplanationStep[]; summary?: string }) {
  const { t, pick } = useI18n();
  if (steps.length === 0) return null;
  return (
    <details className="woo-explanation">
      <summary>{summary ?? t('clock.why')}</summary>
      <OrderedList>
        {steps.map((step, index) => (
          <OrderedListItem key={`${step.code}-${index}`}>{pick(step)}</OrderedListItem>
        ))}
      </OrderedList>
    </details>
  );
}
