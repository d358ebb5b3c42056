const POUNDS_PATTERN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Reads a decimal string of pounds ("1234.5", "1234.56") into whole pence, or undefined when it is not one. */
export function parsePounds(text: string): number | undefined {
  const match = POUNDS_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, sign, pounds = '0', fraction = ''] = match;
  const pence = Number(pounds) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -pence : pence;
}

/** Writes whole pence as an exact decimal string of pounds, for example 123456 -> "1234.56". */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const absolute = Math.abs(pence);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

const POUNDS_DISPLAY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Writes whole pence for people, for example 1365200 -> "£13,652.00" (summaries only; amounts stay exact). */
export function displayPence(pence: number): string {
  return POUNDS_DISPLAY.format(pence / 100);
}
