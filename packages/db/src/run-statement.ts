// One parametrised SQL statement ($1, $2 …) on the hot paths (public intake, requester status), without MikroORM's
// query formatter. `em.execute` inlines every value into the SQL text, so each intake sent PostgreSQL a new statement
// to parse and plan; here the text stays the same and the values travel as parameters.
//
// Outside a transaction the statement runs on MikroORM's own pg pool (`getNativeClient`) as a *named* prepared
// statement: each pooled connection parses and plans it once and afterwards only binds and executes. Inside the
// EntityManager's transaction it runs on that transaction's connection (unnamed), so it stays part of it.
import { createHash } from 'node:crypto';
import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import { CompiledQuery, type Transaction } from 'kysely';
import type { Pool } from 'pg';

/** The name of a statement on every connection: derived from its text, so one name never meets two texts. */
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `woo_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    // Statement texts are built from code, not from input: a handful per process. The bound is a safeguard.
    if (statementNames.size >= 1000) statementNames.clear();
    statementNames.set(text, name);
  }
  return name;
}

/** Rows of `text` with `values` for $1, $2 …; in `em`'s transaction when it has one. */
export async function runStatement<Row extends object>(
  em: EntityManager,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  const transaction = em.getTransactionContext<Transaction<object>>();
  if (transaction) {
    return (await transaction.executeQuery<Row>(CompiledQuery.raw(text, [...values]))).rows;
  }
  return runPooledStatement(em, text, values);
}

/**
 * Rows of `text` on a pooled connection of its own, as a named prepared statement — never in `em`'s transaction,
 * even when it has one (for a statement that must commit on its own, like the case reference counter).
 */
export async function runPooledStatement<Row extends object>(
  em: EntityManager,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  const pool: Pool = await (em.getConnection() as PostgreSqlConnection).getNativeClient();
  return (await pool.query<Row>({ name: statementName(text), text, values: [...values] })).rows;
}
