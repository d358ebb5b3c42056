import { randomInt } from 'node:crypto';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function pair(): string {
  return `${LETTERS[randomInt(26)]}${LETTERS[randomInt(26)]}`;
}

/** A new booking reference in the visit scheduler's form, ab-cd-ef-gh (26^8, about 2e11, possibilities). */
export function randomVisitReference(): string {
  return [pair(), pair(), pair(), pair()].join('-');
}

/** A reference not yet used in the store; a clash, though unlikely, is simply drawn again. */
export async function newVisitReference(taken: (reference: string) => Promise<boolean>): Promise<string> {
  for (;;) {
    const reference = randomVisitReference();
    if (!(await taken(reference))) return reference;
  }
}
