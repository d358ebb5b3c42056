/** A figure with `digits` decimals, or n/a when there is none. */
export const fixed = (value: number, digits = 1): string =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';

/** Ours over theirs, as "1.23x", or n/a when theirs is not a positive figure. */
export const ratio = (ours: number, theirs: number): string =>
  theirs > 0 && Number.isFinite(ours) ? `${(ours / theirs).toFixed(2)}x` : 'n/a';

/** A markdown table. */
export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
