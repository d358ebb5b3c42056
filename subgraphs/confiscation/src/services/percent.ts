/**
 * A share as a percentage with two decimal places, exactly: numerator / denominator x 100, halves rounded up,
 * for example (45, 100) -> "45.00" and (1, 3) -> "33.33"; null when the denominator is zero.
 */
export function percentOf(numerator: number, denominator: number): string | null {
  if (denominator <= 0) return null;
  const hundredths = (BigInt(numerator) * 20_000n + BigInt(denominator)) / (2n * BigInt(denominator));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}
