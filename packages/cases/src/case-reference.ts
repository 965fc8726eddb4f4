import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation } from '@woo/db';
import type { IsoDate } from '@woo/domain';

/**
 * The next human reference of an organisation for the year of receipt, e.g. 'WOO-2026-0007'. A transaction-scoped
 * advisory lock per organisation makes concurrent registrations take turns instead of colliding on the unique index.
 */
export async function nextCaseReference(
  em: EntityManager,
  organisation: Organisation,
  receivedOn: IsoDate,
): Promise<string> {
  const prefix = `WOO-${receivedOn.slice(0, 4)}-`;
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`case-reference:${organisation.id}`]);
  const rows = await em.execute<{ max: number | null }[]>(
    `select max(substring(reference from ?)::int) as max from woo_case
      where organisation_id = ? and reference ~ ?`,
    [prefix.length + 1, organisation.id, `^${prefix}[0-9]+$`],
  );
  const next = Number(rows[0]?.max ?? 0) + 1;
  return `${prefix}${String(next).padStart(4, '0')}`;
}
