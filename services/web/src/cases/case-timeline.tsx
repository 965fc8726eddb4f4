// The case's timeline from the audit log, newest first, as lines a person can read (see timeline-lines.ts): the
// decisions on the regions of one document are one line with counts, their split per page behind "Per pagina".
import type { AuditEvent } from '../api/api-types';
import type { DocumentSummary } from '../documents/document-types';
import { useI18n, type I18n } from '../i18n/language';
import {
  eventLabelKey,
  regionCountKey,
  regionEventTypes,
  timelineLines,
  type RegionEventType,
  type TimelineLine,
} from './timeline-lines';

/** `documents`: the case's documents as the page polls them, for the document numbers in the lines. */
export function CaseTimeline({
  events,
  documents,
}: {
  events: AuditEvent[];
  documents: readonly DocumentSummary[] | null;
}) {
  const { t, date } = useI18n();
  const numbers = new Map((documents ?? []).map((doc) => [doc.id, doc.documentNumber]));
  const lines = timelineLines(events).reverse();
  return (
    // The start is given: a browser counts the items of the lists inside "Per pagina" in a reversed list too.
    <ol className="woo-timeline" reversed start={lines.length}>
      {lines.map((line) => (
        <li key={line.id}>
          <span className="woo-timeline__date">{date(line.occurredOn)}</span> <LineText line={line} numbers={numbers} />
          {line.actor.role && <> · {t(`role.${line.actor.role}`)}</>}
          {line.actor.kind === 'requester' && <> · {t('role.requester')}</>}
          {line.actor.kind === 'system' && <> · {t('role.system')}</>}
          {line.actor.kind === 'third_party' && <> · {t('thirdParty.actor')}</>}
          {line.reason && <span className="woo-timeline__reason"> — {line.reason}</span>}
          {line.kind === 'regions' && line.events.length > 1 && <PerPage line={line} />}
        </li>
      ))}
    </ol>
  );
}

function LineText({ line, numbers }: { line: TimelineLine; numbers: ReadonlyMap<string, number> }) {
  const { t } = useI18n();
  const where = documentsText(line.documentIds, numbers, t);
  if (line.kind === 'regions') {
    const total = line.events.length;
    return (
      <>
        <strong>{t(total === 1 ? 'timeline.region' : 'timeline.regions', { documents: where })}</strong>:{' '}
        {countsText(line.counts, t)}
      </>
    );
  }
  if (line.kind === 'documents') {
    return (
      <>
        <strong>{t(eventLabelKey(line.type))}</strong> · {where}
      </>
    );
  }
  return <strong>{t(eventLabelKey(line.type))}</strong>;
}

function countsText(counts: Partial<Record<RegionEventType, number>>, t: I18n['t']): string {
  return regionEventTypes
    .filter((type) => counts[type])
    .map((type) => t(regionCountKey(type), { count: counts[type]! }))
    .join(', ');
}

function documentsText(ids: readonly string[], numbers: ReadonlyMap<string, number>, t: I18n['t']): string {
  const known = ids.map((id) => numbers.get(id)).filter((number): number is number => number !== undefined);
  if (known.length === 0) return t('timeline.someDocument');
  if (known.length === 1) return t('timeline.document', { number: known[0]! });
  return t('timeline.documents', { numbers: known.join(', ') });
}

/** The decisions of one line per page, for who wants to know where. */
function PerPage({ line }: { line: TimelineLine }) {
  const { t } = useI18n();
  const pages = new Map<number | null, Partial<Record<RegionEventType, number>>>();
  for (const event of line.events) {
    const page = typeof event.data.page === 'number' ? event.data.page : null;
    const counts = pages.get(page) ?? {};
    const type = event.type as RegionEventType;
    counts[type] = (counts[type] ?? 0) + 1;
    pages.set(page, counts);
  }
  const ordered = [...pages.entries()].sort(([a], [b]) => (a ?? 0) - (b ?? 0));
  return (
    <details className="woo-timeline__details">
      <summary>{t('timeline.perPage')}</summary>
      <ul className="woo-plain-list">
        {ordered.map(([page, counts]) => (
          <li key={page ?? 'none'}>
            {page === null ? t('timeline.noPage') : t('timeline.page', { page })}: {countsText(counts, t)}
          </li>
        ))}
      </ul>
    </details>
  );
}
