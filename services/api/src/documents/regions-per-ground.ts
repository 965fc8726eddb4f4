// What detection found in documents, per exemption ground: the number of detected regions per ground code, in one
// query. Regions added by hand in the review are not counted (they are no finding of detection).
import type { EntityManager } from '@mikro-orm/postgresql';

export interface GroundCount {
  ground: string;
  regions: number;
}

/** Counts per document id, grounds in code order; documents without regions are absent from the map. */
export async function regionsPerGroundOf(
  em: EntityManager,
  documentIds: readonly string[],
): Promise<Map<string, GroundCount[]>> {
  const counts = new Map<string, GroundCount[]>();
  if (documentIds.length === 0) return counts;
  const rows = await em.execute<{ document_id: string; ground: string; n: number }[]>(
    `select document_id, ground, count(*)::int as n from redaction_region
      where document_id = any(?::uuid[]) and origin = 'detected'
      group by document_id, ground order by document_id, ground`,
    // The ids are UUIDs read from the database, nothing to escape.
    [`{${documentIds.join(',')}}`],
  );
  for (const row of rows) {
    let list = counts.get(row.document_id);
    if (!list) counts.set(row.document_id, (list = []));
    list.push({ ground: row.ground, regions: row.n });
  }
  return counts;
}
