// The list of what is wrong above a form after a failed submit, each line a link to its field. It takes the focus,
// so keyboard and screen reader users learn at once that the form was not sent (WCAG 3.3.1).
import { useEffect, useRef } from 'react';
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/language';

export interface SummaryLine {
  /** The input's id, or null for an error of the whole form. */
  fieldId: string | null;
  message: string;
}

export function ErrorSummary({ lines, id }: { lines: SummaryLine[]; id: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (lines.length > 0) ref.current?.focus();
  }, [lines]);
  if (lines.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="woo-error-summary" aria-labelledby={`${id}-title`}>
      <Notice type="error">
        <Heading level={2} id={`${id}-title`} className="woo-error-summary__title">
          {t('form.errorSummaryTitle')}
        </Heading>
        <ul className="woo-error-summary__list">
          {lines.map((line, index) => (
            <li key={`${line.fieldId ?? 'form'}-${index}`}>
              {line.fieldId ? (
                <Link
                  href={`#${line.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(line.fieldId!)?.focus();
                  }}
                >
                  {line.message}
                </Link>
              ) : (
                <Paragraph>{line.message}</Paragraph>
              )}
            </li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}
