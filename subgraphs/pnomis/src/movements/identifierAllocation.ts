import { randomInt } from 'node:crypto';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const letter = () => LETTERS[randomInt(LETTERS.length)] ?? 'A';
const digits = (count: number) => String(randomInt(10 ** count)).padStart(count, '0');

/** A prison (NOMS) number of the form A1234BC, drawn at random: the caller checks it is free. */
export function drawPrisonNumber(): string {
  return `${letter()}${digits(4)}${letter()}${letter()}`;
}

/** A NOMIS booking number of the form 38412A, drawn at random: the caller checks it is free. */
export function drawBookingNumber(): string {
  return `${digits(5)}${letter()}`;
}

/**
 * The first of a few draws that is free. The spaces are large (175 million prison numbers, 2.6 million booking
 * numbers) against the numbers a prison population uses, so a clash is rare and a run of them means something is
 * wrong: the write fails rather than loop.
 */
export async function allocate(
  draw: () => string,
  taken: (candidate: string) => Promise<boolean>,
  what: string,
): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const candidate = draw();
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`No free ${what} found in 20 draws`);
}
