// Several rows of several tables written by ONE SQL statement: each row an `insert` in a data-modifying CTE. One
// statement is atomic on its own (no BEGIN/COMMIT round trips) and, sent through `runStatement`, runs inside the
// EntityManager's transaction when there is one, and otherwise as a prepared statement (the values are parameters,
// the text is the same for every registration). Table and column names come from the entities' metadata, never from
// this file: a renamed property or column changes the SQL with it, and an unknown property fails loudly.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityMetadata, EntityName, EntityProperty } from '@mikro-orm/core';
import { runStatement } from '@woo/db';

/**
 * Column values of a row by property name. A relation takes the id of the row it points to, a JSON property a plain
 * value, an array property an array of strings. A property left out gets what the entity's `onCreate` makes (ids,
 * timestamps), or else its column's default.
 */
export type RowValues<T> = { [K in keyof T & string]?: unknown };

/** A row of some entity; made with `row`, which checks the property names against that entity. */
export interface AnyRowInsert {
  entity: EntityName<object>;
  values: Record<string, unknown>;
  /** `on conflict (<this property's column>) do nothing`. */
  onConflictDoNothing?: string;
}

export function row<T extends object>(
  entity: EntityName<T>,
  values: RowValues<T>,
  options: { onConflictDoNothing?: keyof T & string } = {},
): AnyRowInsert {
  return { entity: entity as EntityName<object>, values, ...options };
}

interface ColumnInfo {
  column: string;
  kind: 'json' | 'array' | 'plain';
  columnType: string;
  className: string;
}

/** Quoted column name and kind of each property, looked up once per entity metadata (it never changes at runtime). */
const columnInfos = new WeakMap<object, Map<string, ColumnInfo>>();

function columnInfoOf(em: EntityManager, meta: EntityMetadata, property: string): ColumnInfo {
  let byProperty = columnInfos.get(meta);
  if (!byProperty) columnInfos.set(meta, (byProperty = new Map()));
  let info = byProperty.get(property);
  if (!info) {
    const prop = (meta.properties as Record<string, EntityProperty | undefined>)[property];
    if (!prop || prop.persist === false || prop.fieldNames?.length !== 1) {
      throw new Error(`insert statement: ${meta.className} has no single-column property '${property}'`);
    }
    const columnType = prop.columnTypes?.[0] ?? '';
    info = {
      column: em.getPlatform().quoteIdentifier(prop.fieldNames[0]!),
      kind: columnType === 'json' || columnType === 'jsonb' ? 'json' : columnType.endsWith('[]') ? 'array' : 'plain',
      columnType,
      className: meta.className,
    };
    byProperty.set(property, info);
  }
  return info;
}

/** The parameter of one value, and the cast its placeholder (`$n`) needs. */
function valueOf(info: ColumnInfo, property: string, value: unknown): { cast: string; param: unknown } {
  // A JSON column gets its value as JSON text, whatever the value's shape (pg would pass a string through as it is).
  if (info.kind === 'json') return { cast: `::${info.columnType}`, param: JSON.stringify(value) };
  if (info.kind === 'array' && Array.isArray(value)) {
    if (!value.every((item) => typeof item === 'string')) {
      throw new Error(`insert statement: ${info.className}.${property} takes strings only`);
    }
    // pg writes a JS array as an array literal, quoting each element.
    return { cast: `::${info.columnType}`, param: value };
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    throw new Error(`insert statement: ${info.className}.${property} (${info.columnType}) cannot take an object`);
  }
  // An instant as UTC ISO text: exact for timestamptz, whatever the connection's time zone.
  return { cast: '', param: value instanceof Date ? value.toISOString() : (value ?? null) };
}

/** The statement and its parameters; its one result row holds how many rows each insert wrote (`r0`, `r1`, ...). */
export function insertRowsStatement(
  em: EntityManager,
  rows: readonly AnyRowInsert[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const inserts = rows.map((row, index) => {
    const meta = em.getMetadata().find(row.entity);
    if (!meta) throw new Error(`insert statement: ${String(row.entity)} is not an entity`);
    // What the entity makes on `em.create` (ids, timestamps) and the row does not give, as MikroORM would make it.
    const values = { ...row.values };
    for (const prop of meta.props) {
      if (prop.onCreate && !(prop.name in values)) values[prop.name] = prop.onCreate(values as never, em);
    }
    const columns: string[] = [];
    const placeholders: string[] = [];
    for (const property in values) {
      const info = columnInfoOf(em, meta, property);
      const value = valueOf(info, property, values[property]);
      columns.push(info.column);
      params.push(value.param);
      placeholders.push(`$${params.length}${value.cast}`);
    }
    const conflict = row.onConflictDoNothing
      ? ` on conflict (${columnInfoOf(em, meta, row.onConflictDoNothing).column}) do nothing`
      : '';
    const table = em.getPlatform().quoteIdentifier(meta.tableName);
    return (
      `r${index} as (insert into ${table} (${columns.join(', ')}) ` +
      `values (${placeholders.join(', ')})${conflict} returning 1)`
    );
  });
  // Every CTE is referenced, so the statement's result says how many rows each insert wrote.
  const counts = rows.map((_, index) => `(select count(*) from r${index})::int as r${index}`).join(', ');
  return { sql: `with ${inserts.join(', ')} select ${counts}`, params };
}

/** Runs the statement on `em` (in its transaction, if any); returns the rows each insert wrote, in order. */
export async function insertRows(em: EntityManager, rows: readonly AnyRowInsert[]): Promise<number[]> {
  const { sql, params } = insertRowsStatement(em, rows);
  const [result] = await runStatement<Record<string, number>>(em, sql, params);
  return rows.map((_, index) => Number(result?.[`r${index}`] ?? 0));
}
