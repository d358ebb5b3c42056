import { ConfigurationError } from '@lib/config/environment';
import { DEFAULT_INTEREST_RATE_BASIS_POINTS } from './interest';

const PERCENT = /^(\d{1,2})(?:\.(\d{1,2}))?$/;

/** Reads a yearly rate written as a percentage ("8", "8.5", "7.25") into basis points, exactly. */
export function parseRatePercent(text: string): number | undefined {
  const match = PERCENT.exec(text.trim());
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Writes basis points as a percentage with two places: 800 -> "8.00". */
export function formatRatePercent(basisPoints: number): string {
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
}

/**
 * The rate of interest on unpaid confiscation orders, from CONFISCATION_INTEREST_RATE_PERCENT (default 8, the
 * Judgments Act rate at the time of the NAO report): the rate is set by statutory instrument and may change.
 */
export function readInterestRate(env: Record<string, string | undefined>): number {
  const setting = env.CONFISCATION_INTEREST_RATE_PERCENT;
  if (setting === undefined || setting === '') return DEFAULT_INTEREST_RATE_BASIS_POINTS;
  const basisPoints = parseRatePercent(setting);
  if (basisPoints === undefined) {
    throw new ConfigurationError(
      `CONFISCATION_INTEREST_RATE_PERCENT must be a percentage such as 8 or 7.25, got "${setting}"`,
    );
  }
  return basisPoints;
}
