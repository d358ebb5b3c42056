import DataLoader from 'dataloader';

/**
 * A per-request loader for one-to-many lookups: the keys asked for in one tick are fetched with one statement
 * and the rows handed back grouped by key, in the order the statement returned them.
 */
export function manyByKeyLoader<Key, Row>(
  fetchRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetchRows(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A per-request loader for one-to-one lookups: one statement per tick, null for keys with no row. */
export function oneByKeyLoader<Key, Row>(
  fetchRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const rows = new Map<Key, Row>();
    for (const row of await fetchRows(keys)) if (!rows.has(keyOf(row))) rows.set(keyOf(row), row);
    return keys.map((key) => rows.get(key) ?? null);
  });
}
