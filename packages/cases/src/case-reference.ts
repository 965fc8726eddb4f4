import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation } from '@woo/db';
import type { IsoDate } from '@woo/domain';

/**
 * The next human reference of an organisation for the year of receipt, e.g. 'WOO-2026-0007'.
 *
 * Taken with one atomic upsert on `case_reference_counter`, on its own connection and committed at once — call it
 * BEFORE opening the registering transaction. Concurrent registrations then never wait for each other (a lock held for
 * a whole registration made intake serial), and an embedded single-connection server never sees a second connection
 * while a transaction is open. A registration that fails afterwards leaves a gap in the numbers.
 */
export async function nextCaseReference(
  em: EntityManager,
  organisation: Organisation,
  receivedOn: IsoDate,
): Promise<string> {
  const year = Number(receivedOn.slice(0, 4));
  const rows = await em.getConnection().execute<{ last_number: number }[]>(
    `insert into case_reference_counter (organisation_id, year, last_number) values (?, ?, 1)
       on conflict (organisation_id, year) do update set last_number = case_reference_counter.last_number + 1
       returning last_number`,
    [organisation.id, year],
  );
  const next = Number(rows[0]?.last_number);
  return `WOO-${year}-${String(next).padStart(4, '0')}`;
}
