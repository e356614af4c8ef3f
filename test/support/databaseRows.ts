import type { Db } from '../../bot/db/prismaClient';
import { Prisma } from '../../bot/db/generated/sqlite';

type Delegate = { findMany(): Promise<unknown[]> };

/**
 * Every row of every table, each as JSON (BigInt as text) without the fields named in omit, by table: to see
 * what a flow changed anywhere.
 */
export async function allRows(db: Db, omit: string[] = []): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  const replacer = (key: string, value: unknown) => (omit.includes(key) ? undefined : typeof value === 'bigint' ? value.toString() : value);
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (db as unknown as Record<string, Delegate>)[`${model[0]!.toLowerCase()}${model.slice(1)}`]!;
    tables.set(model, (await delegate.findMany()).map((row) => JSON.stringify(row, replacer)));
  }
  return tables;
}

/** The rows of after that were not in before (new or changed), by table; tables without any are left out. */
export function changedRows(before: Map<string, string[]>, after: Map<string, string[]>): Map<string, string[]> {
  const changed = new Map<string, string[]>();
  for (const [table, rows] of after) {
    const old = new Set(before.get(table) ?? []);
    const fresh = rows.filter((row) => !old.has(row));
    if (fresh.length > 0) changed.set(table, fresh);
  }
  return changed;
}
