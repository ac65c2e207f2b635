import type { Knex } from 'knex';

/**
 * Multi-row INSERTs for seeding: one statement per batch of rows, with as many rows as keep the bound variables well
 * under SQLite's limit (32,766 since 3.32; we stay far below so wide tables stay fast to parse), at most 500 rows.
 * Every row must have the columns of the first one. Booleans become 0/1.
 */
const MAX_VARIABLES = 8_000;
const MAX_ROWS = 500;

export function rowsPerStatement(columnCount: number): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VARIABLES / columnCount)));
}

export async function bulkInsert(db: Knex | Knex.Transaction, table: string, rows: readonly object[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  const perStatement = rowsPerStatement(columns.length);
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sqlFor = (count: number) => head + new Array<string>(count).fill(tuple).join(', ');
  const fullSql = sqlFor(perStatement);
  for (let i = 0; i < rows.length; i += perStatement) {
    const batch = rows.slice(i, i + perStatement) as Array<Record<string, unknown>>;
    const bindings: Array<string | number | null> = [];
    for (const row of batch) {
      for (const column of columns) {
        const value = row[column];
        bindings.push(
          value === undefined || value === null
            ? null
            : typeof value === 'boolean'
              ? value
                ? 1
                : 0
              : (value as string | number),
        );
      }
    }
    await db.raw(batch.length === perStatement ? fullSql : sqlFor(batch.length), bindings);
  }
  return rows.length;
}
