import { findCourt, type CourtEntry } from '@lib/reference/courtRegister';

/**
 * A court as the graph shows it. A code the register does not know (old data) is still shown, named by its
 * code, with the jurisdiction its first letter gives.
 */
export function courtOf(code: string): CourtEntry {
  return (
    findCourt(code) ?? { code, name: code, jurisdiction: code.startsWith('C') ? 'CROWN' : 'MAGISTRATES' }
  );
}
