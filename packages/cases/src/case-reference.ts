import type { EntityManager } from '@mikro-orm/postgresql';
import { runPooledStatement, type Organisation } from '@woo/db';
import type { IsoDate } from '@woo/domain';

/**
 * The next human reference of an organisation for the year of receipt, e.g. 'WOO-2026-0007'.
 *
 * Taken with one atomic upsert on `case_reference_counter`, on its own connection and committed at once — call it
 * BEFORE the statement or transaction that writes the case. Concurrent registrations then never wait for each other
 * (a lock held for a whole registration made intake serial), and an embedded single-connection server never sees a
 * second connection while a transaction is open. A registration that fails afterwards leaves a gap in the numbers.
 *
 * The increment commits without waiting for its WAL flush (`synchronous_commit = off` for this one statement's own
 * transaction, never the case's). The counter row stays locked until its commit; waiting for the disk there would
 * make every registration of an organisation wait for the previous one's flush, one after the other (about 450/s on
 * this machine at best, whatever else we do). It is safe: the case that uses the number commits synchronously
 * afterwards, and PostgreSQL flushes the log in order, so once that case is durable the increment is too. A crash
 * can only lose increments whose cases were not durable either: the number is handed out again, to nobody else's
 * stored case (the unique (organisation, reference) would refuse it anyway). See docs/BENCHMARKS.md, bench/intake.
 */
export async function nextCaseReference(
  em: EntityManager,
  organisation: Pick<Organisation, 'id'>,
  receivedOn: IsoDate,
): Promise<string> {
  const year = Number(receivedOn.slice(0, 4));
  // A pooled connection of its own, even when `em` is inside a transaction, so the setting below can never reach
  // anything but this increment; a prepared statement, parsed once per connection.
  const rows = await runPooledStatement<{ last_number: number }>(
    em,
    `insert into case_reference_counter (organisation_id, year, last_number)
       select $1, $2, 1 from (select set_config('synchronous_commit', 'off', true)) as this_statement_only
       on conflict (organisation_id, year) do update set last_number = case_reference_counter.last_number + 1
       returning last_number`,
    [organisation.id, year],
  );
  const next = Number(rows[0]?.last_number);
  return `WOO-${year}-${String(next).padStart(4, '0')}`;
}
