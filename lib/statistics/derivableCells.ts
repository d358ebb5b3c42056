/**
 * Which unknown cells of a table can be worked out exactly from the published ones: the audit that secondary
 * suppression passes before a table is published. Each additive line (total = sum of parts) is an equation; with
 * the published cells moved to the constant side, an unknown cell is determined exactly when its unit vector lies
 * in the row space of the equations. The rows are reduced exactly, in integers (the coefficients are 1 and -1,
 * so the numbers stay small), never in floating point, where a rounding error would read as "not determined".
 */

/** An additive line of a table: the total is the sum of the parts. */
export interface AdditiveLine {
  total: string;
  parts: readonly string[];
}

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** A row of coefficients by column, zeros left out: a line touches few of a table's unknown cells. */
type SparseRow = Map<number, number>;

/** a * row - b * pivot, divided by the common divisor of its entries so that repeated elimination stays small. */
function eliminate(row: SparseRow, pivot: SparseRow, a: number, b: number): SparseRow {
  const result: SparseRow = new Map();
  for (const column of new Set([...row.keys(), ...pivot.keys()])) {
    const value = a * (row.get(column) ?? 0) - b * (pivot.get(column) ?? 0);
    // Never reached with tables of 1 and -1; were it, no answer is safer than a wrong one.
    if (!Number.isSafeInteger(value)) throw new Error('derivable cells: coefficients out of range');
    if (value !== 0) result.set(column, value);
  }
  const divisor = [...result.values()].reduce((d, value) => gcd(d, value), 0);
  if (divisor > 1) for (const [column, value] of result) result.set(column, value / divisor);
  return result;
}

/** Rows in reduced echelon form (every pivot column zero in every other row), exactly, in integers. */
function reducedRows(rows: SparseRow[]): SparseRow[] {
  const reduced = [...rows];
  const pivots: { row: SparseRow; column: number }[] = [];
  for (let index = 0; index < reduced.length; index += 1) {
    let row = reduced[index] ?? new Map<number, number>();
    for (const pivot of pivots) {
      const b = row.get(pivot.column);
      if (b !== undefined) row = eliminate(row, pivot.row, pivot.row.get(pivot.column) ?? 1, b);
    }
    if (row.size === 0) continue;
    const column = Math.min(...row.keys());
    for (const pivot of pivots) {
      const b = pivot.row.get(column);
      if (b !== undefined) pivot.row = eliminate(pivot.row, row, row.get(column) ?? 1, b);
    }
    pivots.push({ row, column });
  }
  return pivots.map((pivot) => pivot.row);
}

/**
 * The unknown cells whose value follows exactly from the published cells through the lines (alone or combined),
 * whatever values the unknown cells hold: those a reader of the table could work out by subtraction.
 */
export function derivableCells(lines: readonly AdditiveLine[], unknown: ReadonlySet<string>): Set<string> {
  const columns = [...unknown];
  const columnOf = new Map(columns.map((key, index) => [key, index]));
  const rows = lines.flatMap(({ total, parts }) => {
    const row: SparseRow = new Map();
    for (const [key, sign] of [[total, 1] as const, ...parts.map((part) => [part, -1] as const)]) {
      const column = columnOf.get(key);
      if (column === undefined) continue;
      const value = (row.get(column) ?? 0) + sign;
      if (value === 0) row.delete(column);
      else row.set(column, value);
    }
    return row.size > 0 ? [row] : [];
  });
  const derivable = new Set<string>();
  for (const row of reducedRows(rows)) {
    const only = row.size === 1 ? columns[[...row.keys()][0] ?? -1] : undefined;
    if (only !== undefined) derivable.add(only);
  }
  return derivable;
}
