/**
 * A name as the searches by name compare it: in Unicode lower case (String.prototype.toLowerCase, which is the
 * same whatever the process's locale), then composed (NFC), so that "ZOË ÓGÁIN", "Zoë Ógáin" and a "Zoë" keyed
 * with a combining diaeresis are one name, as are "ŁUKASZ" and "Łukasz".
 *
 * Why the application folds, and stores the result beside the name, rather than the database: SQLite's lower()
 * folds A-Z only (lower('ZOË') is 'zoË'), while PostgreSQL's follows the database's locale (under C.UTF-8, every
 * letter; under C, A-Z only) and neither composes accents. One function, run on every write and on every search
 * argument, makes both engines compare exactly the same strings, and an ordinary index on the stored column keeps
 * the match a seek.
 *
 * Lower case rather than full case folding: JavaScript has no case fold, and the two differ only for a few
 * letters (ß is not "ss"), which a clerk keys as the record has them. Lower case can lengthen a name (İ becomes
 * i and a combining dot), hence the folded columns are twice the width of the names.
 */
export function foldedName(name: string): string {
  return name.toLowerCase().normalize('NFC');
}

/** foldedName of a name that may not be recorded: null stays null. */
export function foldedNameOrNull(name: string | null): string | null {
  return name === null ? null : foldedName(name);
}
