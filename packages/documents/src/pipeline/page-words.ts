// The stored words of a document's pages, read with one statement and without MikroORM entities: detection (once per
// ground) and redaction and the leak gate (once each) read every page's words, and as managed entities each job's
// flush compared every page's words with their snapshot again. The page's plain text is not read: nobody here uses it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page, runStatement } from '@woo/db';
import type { PageText, PageWord } from '@woo/domain';

export interface StoredPageWords {
  pageId: string;
  /** Whether the page has its words yet (the page step is done). */
  done: boolean;
  text: PageText;
}

/** The columns read, by property name; each row comes back keyed by these names. */
const selected = ['id', 'pageNumber', 'widthPt', 'heightPt', 'hasTextLayer', 'ocrStatus', 'words'] as const;

type PageRow = Pick<Page, Exclude<(typeof selected)[number], 'words'>> & { words: PageWord[] | null };

/** The statement per entity metadata (it never changes at runtime). */
const statements = new WeakMap<object, string>();

/**
 * Table and column names come from the Page entity's metadata, as in register-case-statement.ts: a renamed column
 * changes the SQL with it.
 */
function pageWordsSql(em: EntityManager): string {
  const meta = em.getMetadata().get(Page);
  let sql = statements.get(meta);
  if (!sql) {
    const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
    const column = (property: keyof typeof meta.properties) => {
      const names = meta.properties[property].fieldNames;
      if (names?.length !== 1) throw new Error(`page words: Page.${property} is not one column`);
      return quote(names[0]!);
    };
    const columns = selected.map((property) => `${column(property)} as ${quote(property)}`).join(', ');
    sql =
      `select ${columns} from ${quote(meta.tableName)} ` +
      `where ${column('document')} = $1 order by ${column('pageNumber')}`;
    statements.set(meta, sql);
  }
  return sql;
}

/** Every page of the document in order. */
export async function loadPageWords(em: EntityManager, documentId: string): Promise<StoredPageWords[]> {
  const rows = await runStatement<PageRow>(em, pageWordsSql(em), [documentId]);
  return rows.map((row) => ({
    pageId: row.id,
    done: row.ocrStatus === 'done',
    text: {
      page: row.pageNumber,
      width: Number(row.widthPt),
      height: Number(row.heightPt),
      source: row.hasTextLayer ? 'text-layer' : 'ocr',
      words: row.words ?? [],
    },
  }));
}
