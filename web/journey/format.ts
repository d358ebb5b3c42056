import type { JourneySystem } from './journeyQuery';
import type { Subgraph } from './sectionStatus';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_AND_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
// Instants are shown in London time, where the courts sit and the prisons are.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** 2025-06-21 as "21 Jun 2025" (calendar dates have no time zone: read as UTC so the day never shifts). */
export function formatDate(date: string): string {
  return DATE.format(new Date(`${date}T00:00:00Z`));
}

/** 2026-11-29 as "Sun 29 Nov 2026". */
export function formatDayAndDate(date: string): string {
  return DAY_AND_DATE.format(new Date(`${date}T00:00:00Z`));
}

/** An instant as "21 Jun 2025, 12:00" in London. */
export function formatDateTime(instant: string): string {
  return DATE_TIME.format(new Date(instant));
}

/** A Money string ("1234.56") as whole pence, without going through a binary float. */
export function toPence(amount: string): number {
  const [pounds = '0', pence = '0'] = amount.split('.');
  const sign = pounds.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(pounds)) * 100 + Number(pence.padEnd(2, '0').slice(0, 2)));
}

/** Whole pence as "£1,234.56". */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(pence) / 100).toLocaleString('en-GB');
  return `${sign}£${whole}.${String(Math.abs(pence) % 100).padStart(2, '0')}`;
}

/** A Money string as "£1,234.56". */
export function formatMoney(amount: string): string {
  return formatPence(toPence(amount));
}

/** Enum values whose plain reading would lose a proper noun. */
const WORDING: Record<string, string> = {
  COMMITTED_TO_CROWN: 'Committed to the Crown Court',
  SENT_TO_CROWN_COURT: 'Sent to the Crown Court',
};

/** An enum value as words: PART_PAID as "Part paid". */
export function humanize(value: string): string {
  const known = WORDING[value];
  if (known) return known;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How the timeline names each system of record. */
export const SYSTEM_LABELS: Record<JourneySystem, string> = {
  MAGISTRATES_COURT: "Magistrates' court",
  CROWN_COURT: 'Crown Court',
  PNOMIS: 'Prison (P-Nomis)',
  VISITS: 'Visits',
  CONFISCATION: 'Confiscation',
};

/** How the page names each subgraph when it says one did not answer or is not in the caller's access. */
export const SUBGRAPH_LABELS: Record<Subgraph, string> = {
  courts: 'Courts',
  pnomis: 'Prison (P-Nomis)',
  visits: 'Visits',
  confiscation: 'Confiscation',
};
