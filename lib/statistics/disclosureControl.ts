import { derivableCells, type AdditiveLine } from './derivableCells';

/**
 * Statistical disclosure control for every figure analysts read (`aggregates:read`), as official statistics do
 * it (GSS / ONS practice for tables of counts and magnitudes). One policy, suppression, applied to every figure set
 * of every subgraph through this module; rounding is not used (docs/DISCLOSURE_CONTROL.md says why).
 *
 * - A *cell* is a group of people and the figures about them: counts, money summed over them, a mean, median
 *   or longest wait among them. Its size is the number of distinct people in it (a person with two orders at a
 *   court is one person), not the number of records.
 * - **Primary suppression**: a cell of 1 to 4 people is withheld, every figure of it. A cell of no one is
 *   published (as 0): it describes no one.
 * - **Secondary suppression**: a *line* says that a total is the sum of its parts (a region is the sum of its
 *   courts, all orders the sum of the regions, cases sent the sum of those heard and those still waiting). In
 *   every line whose total is published, the withheld parts must be at least two and cover at least 5 people
 *   between them, so that the total less the published parts neither gives a withheld cell nor counts fewer than
 *   5 people; otherwise the next smallest published part is withheld too (or, if none is left, the total). A
 *   withheld total needs a withheld part, or the parts would add up to it.
 * - **Audit**: once every line holds, no withheld cell may be worked out exactly from the published cells by
 *   combining lines (a region from its courts, then a court from the region); one that can is protected by
 *   withholding the nearest published cell whose withholding stops it, and the lines are checked again. If no
 *   cell is left to withhold, the whole table is withheld: a table is never published with a cell that can be
 *   recovered.
 * - A *hidden* cell is never published but is the difference of published figures (enrolments not completed:
 *   enrolments less completions; cases with no sending court: all cases less those by sending court). It counts
 *   as withheld in every line, and one of 1 to 4 people must be protected like a withheld cell. A cell of no one,
 *   hidden or withheld, is taken to be known (a reader can often tell it is 0): it protects nothing.
 */

/** The fewest people a published cell may describe: 1 to 4 identify, 0 describes no one. */
export const MINIMUM_PEOPLE = 5;

/** Whether a group of this many people is too small to publish (1 to 4). */
export function tooFewToPublish(people: number): boolean {
  return people > 0 && people < MINIMUM_PEOPLE;
}

interface Cell {
  people: ReadonlySet<string>;
  hidden: boolean;
}

/** A table of cells and the additive lines between them, to which the policy is applied once. */
export interface FigureTable {
  /** A cell whose figures are published unless withheld; `people` identifies each person in the group. */
  cell(key: string, people: Iterable<string>): void;
  /** A cell that is never published, but is the difference of cells that are. */
  hiddenCell(key: string, people: Iterable<string>): void;
  /** The total is the sum of the parts, in every figure of theirs that is a count or a sum. */
  line(total: string, parts: readonly string[]): void;
  /** Applies the policy: the keys of the cells to withhold (hidden cells are never published anyway). */
  withheld(): ReadonlySet<string>;
}

/** An empty table; the subgraph's figures service adds its cells and lines, then asks which to withhold. */
export function figureTable(): FigureTable {
  const cells = new Map<string, Cell>();
  const lines: AdditiveLine[] = [];
  const add = (key: string, people: Iterable<string>, hidden: boolean) => {
    if (cells.has(key)) throw new Error(`figure table: cell ${key} added twice`);
    cells.set(key, { people: new Set(people), hidden });
  };
  return {
    cell: (key, people) => add(key, people, false),
    hiddenCell: (key, people) => add(key, people, true),
    line(total, parts) {
      const unknownKey = [total, ...parts].find((key) => !cells.has(key));
      if (unknownKey !== undefined) throw new Error(`figure table: line through unknown cell ${unknownKey}`);
      lines.push({ total, parts });
    },
    withheld: () => suppress(cells, lines),
  };
}

function peopleIn(cells: ReadonlyMap<string, Cell>, keys: readonly string[]): number {
  const union = new Set<string>();
  for (const key of keys) for (const person of cells.get(key)?.people ?? []) union.add(person);
  return union.size;
}

/** The cells to withhold under the policy above. */
function suppress(cells: ReadonlyMap<string, Cell>, lines: readonly AdditiveLine[]): ReadonlySet<string> {
  const withheld = new Set<string>();
  for (const [key, cell] of cells) if (!cell.hidden && tooFewToPublish(cell.people.size)) withheld.add(key);
  const size = (key: string) => cells.get(key)?.people.size ?? 0;
  // A cell of no one is taken as known, hidden or not: a reader can often tell it is 0 (the parts of a total of
  // 0 are 0), so it protects nothing.
  const unknown = (key: string) => (withheld.has(key) || cells.get(key)?.hidden === true) && size(key) > 0;
  const sensitive = (key: string) => withheld.has(key) || (unknown(key) && tooFewToPublish(size(key)));
  /** The published cells among these that are about someone, those about the fewest people first. */
  const publishedBySize = (keys: Iterable<string>) =>
    [...new Set(keys)]
      .filter((key) => !unknown(key) && size(key) > 0)
      .sort((a, b) => size(a) - size(b) || a.localeCompare(b));
  const smallestPublished = (keys: Iterable<string>) => publishedBySize(keys)[0];

  /** The cell to withhold so that the line no longer gives a withheld cell away; none when it does not. */
  function repairOf({ total, parts }: AdditiveLine): string | undefined {
    const unknownParts = parts.filter(unknown);
    if (unknown(total)) {
      return sensitive(total) && unknownParts.length === 0 ? smallestPublished(parts) : undefined;
    }
    if (!unknownParts.some(sensitive)) return undefined;
    if (unknownParts.length >= 2 && peopleIn(cells, unknownParts) >= MINIMUM_PEOPLE) return undefined;
    return smallestPublished(parts) ?? total;
  }

  const unknownCells = () => new Set([...cells.keys()].filter(unknown));

  /**
   * A cell to withhold so that `key` can no longer be worked out: the smallest published cell, nearest to it
   * (in a line through it, then in lines through those), whose withholding breaks every way of working it out;
   * failing one, the smallest nearest, and the audit goes round again. None when nothing published is left.
   */
  function protectionOf(key: string): string | undefined {
    const reached = new Set([key]);
    let fallback: string | undefined;
    for (let frontier = [key]; frontier.length > 0;) {
      const members = lines
        .filter((line) => [line.total, ...line.parts].some((at) => frontier.includes(at)))
        .flatMap((line) => [line.total, ...line.parts]);
      const candidates = publishedBySize(members);
      for (const candidate of candidates) {
        const unknownWith = new Set([...unknownCells(), candidate]);
        if (!derivableCells(lines, unknownWith).has(key)) return candidate;
      }
      fallback ??= candidates[0];
      frontier = members.filter((member) => !reached.has(member));
      for (const member of frontier) reached.add(member);
    }
    return fallback;
  }

  /** The next cell to withhold; null when the table may be published as it is, undefined when none will do. */
  function nextToWithhold(): string | null | undefined {
    for (const line of lines) {
      const repair = repairOf(line);
      if (repair !== undefined) return repair;
    }
    const exposed = [...derivableCells(lines, unknownCells())].filter(sensitive).sort();
    for (const key of exposed) {
      const protection = protectionOf(key);
      if (protection !== undefined) return protection;
    }
    return exposed.length === 0 ? null : undefined;
  }

  for (;;) {
    const next = nextToWithhold();
    if (next === null) return withheld;
    if (next === undefined || withheld.has(next) || size(next) === 0) {
      // Nothing left to withhold would stop it (or a line whose total holds fewer people than its parts): the
      // whole table is withheld rather than published with a cell that can be recovered.
      return new Set([...cells.keys()].filter((key) => !cells.get(key)?.hidden));
    }
    withheld.add(next);
  }
}

/** A figure set as published: each figure null when withheld, and a marker saying whether any is. */
export type Published<Figures> = { [Field in keyof Figures]: Figures[Field] | null } & {
  suppressed: boolean;
};

/**
 * A figure set as it leaves the subgraph: the figures of withheld cells null, `suppressed` true when any is.
 * `cellOf` names the cell of every figure, or is one key when the whole set describes one group.
 */
export function publishFigures<Figures extends object>(
  figures: Figures,
  cellOf: string | { readonly [Field in keyof Figures]: string },
  withheld: ReadonlySet<string>,
): Published<Figures> {
  let suppressed = false;
  const published: Partial<Record<keyof Figures, unknown>> = {};
  for (const field of Object.keys(figures) as (keyof Figures)[]) {
    const hidden = withheld.has(typeof cellOf === 'string' ? cellOf : cellOf[field]);
    suppressed ||= hidden;
    published[field] = hidden ? null : figures[field];
  }
  return { ...(published as { [Field in keyof Figures]: Figures[Field] | null }), suppressed };
}
