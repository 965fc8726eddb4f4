// How far the pages of documents are, per step (render, OCR, detect): counts per status, and how many pages have a
// text layer of their own (the others are read by OCR), read in one query.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageStepStatuses, type PageStepStatus } from '@woo/db';

export type StepCounts = Record<PageStepStatus, number>;

export interface PageProgress {
  pages: number;
  textLayer: number;
  render: StepCounts;
  ocr: StepCounts;
  detect: StepCounts;
}

const steps = ['render', 'ocr', 'detect'] as const;

function noCounts(): StepCounts {
  return Object.fromEntries(pageStepStatuses.map((status) => [status, 0])) as StepCounts;
}

export function emptyProgress(): PageProgress {
  return { pages: 0, textLayer: 0, render: noCounts(), ocr: noCounts(), detect: noCounts() };
}

/** Progress per document id; documents without pages (yet) are absent from the map. */
export async function pageProgressOf(
  em: EntityManager,
  documentIds: readonly string[],
): Promise<Map<string, PageProgress>> {
  const progress = new Map<string, PageProgress>();
  if (documentIds.length === 0) return progress;
  const parts = [
    ...steps.map(
      (step) =>
        `select document_id, '${step}' as step, ${step}_status::text as status, count(*)::int as n
           from page where document_id = any(?::uuid[]) group by document_id, ${step}_status`,
    ),
    `select document_id, 'textLayer' as step, 'done' as status, count(*)::int as n
       from page where document_id = any(?::uuid[]) and has_text_layer group by document_id`,
  ];
  const rows = await em.execute<{ document_id: string; step: string; status: PageStepStatus; n: number }[]>(
    parts.join(' union all '),
    // One array literal per part of the union (the ids are UUIDs read from the database, nothing to escape).
    parts.map(() => `{${documentIds.join(',')}}`),
  );
  for (const row of rows) {
    let entry = progress.get(row.document_id);
    if (!entry) progress.set(row.document_id, (entry = emptyProgress()));
    if (row.step === 'textLayer') {
      entry.textLayer = row.n;
      continue;
    }
    entry[row.step as (typeof steps)[number]][row.status] = row.n;
    if (row.step === 'render') entry.pages += row.n;
  }
  return progress;
}
