import { derivableCells } from '@lib/statistics/derivableCells';
import { figureTable, publishFigures, tooFewToPublish } from '@lib/statistics/disclosureControl';

/** `count` distinct people, named after the cell so that cells do not share anyone unless a test says so. */
function people(cell: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${cell}-${index}`);
}

/** A one-level table: a total and its parts, with this many people in each part. */
function oneLine(sizes: Record<string, number>) {
  const table = figureTable();
  const everyone = Object.entries(sizes).flatMap(([key, size]) => people(key, size));
  table.cell('total', everyone);
  for (const [key, size] of Object.entries(sizes)) table.cell(key, people(key, size));
  table.line('total', Object.keys(sizes));
  return table;
}

describe('the disclosure-control policy', () => {
  it('withholds groups of 1 to 4 people and publishes none and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(tooFewToPublish)).toEqual([false, true, true, true, true, false, false]);
  });

  it('withholds a cell of 1 to 4 people, and the next smallest part so the total cannot give it away', () => {
    const withheld = oneLine({ a: 3, b: 40, c: 9, d: 12 }).withheld();
    expect([...withheld].sort()).toEqual(['a', 'c']);
  });

  it('withholds more parts until those withheld cover at least 5 people', () => {
    // 1 + 2 = 3 people withheld would let the total less the rest count 3: the next smallest, 6, joins them.
    const withheld = oneLine({ a: 1, b: 2, c: 6, d: 30 }).withheld();
    expect([...withheld].sort()).toEqual(['a', 'b', 'c']);
  });

  it('publishes a line of parts of none or 5 or more whole', () => {
    expect(oneLine({ a: 0, b: 5, c: 7 }).withheld().size).toBe(0);
  });

  it('withholds a total of 1 to 4 people with all its parts', () => {
    expect([...oneLine({ a: 1, b: 2, c: 0 }).withheld()].sort()).toEqual(['a', 'b', 'total']);
  });

  it('counts people, not records: one person behind many records is one person', () => {
    const table = figureTable();
    table.cell('court', ['same-person', 'same-person', 'same-person', 'other']);
    expect(table.withheld().has('court')).toBe(true);
  });

  it('does not let a region give away a court: the region line and the national line are both protected', () => {
    // Region R is one court of 3 people; region S has courts of 20 and 30. Withholding R's court alone would be
    // given away by R; withholding R would be given away by the national total less S. Every route is closed.
    const table = figureTable();
    const sizes = { r1: 3, s1: 20, s2: 30 };
    for (const [key, size] of Object.entries(sizes)) table.cell(key, people(key, size));
    table.cell('R', people('r1', 3));
    table.cell('S', [...people('s1', 20), ...people('s2', 30)]);
    table.cell('all', [...people('r1', 3), ...people('s1', 20), ...people('s2', 30)]);
    const lines = [
      { total: 'all', parts: ['R', 'S'] },
      { total: 'all', parts: ['r1', 's1', 's2'] },
      { total: 'R', parts: ['r1'] },
      { total: 'S', parts: ['s1', 's2'] },
    ];
    for (const { total, parts } of lines) table.line(total, parts);
    const withheld = table.withheld();
    expect([...withheld].sort()).toEqual(['R', 'S', 'r1', 's1']);
    expect([...derivableCells(lines, withheld)]).toEqual([]);
  });

  /** A prison's enrolments and completions, and the people who did not complete: never published. */
  function enrolmentTable(enrolled: number, completed: number) {
    const table = figureTable();
    table.cell('enrolled', people('p', enrolled));
    table.cell('completed', people('p', completed));
    table.hiddenCell('notCompleted', people('p', enrolled).slice(completed));
    table.line('enrolled', ['completed', 'notCompleted']);
    return table;
  }

  it('protects a hidden difference of 1 to 4 people (enrolments less completions)', () => {
    expect([...enrolmentTable(12, 9).withheld()]).toEqual(['completed']);
  });

  it('lets a hidden difference of 5 or more stand', () => {
    expect(enrolmentTable(20, 9).withheld().size).toBe(0);
  });

  it('withholds the whole table rather than publish one it cannot protect (a total of fewer people than a part)', () => {
    // The total says no one, its one part three people: nothing published can stand for them.
    const table = figureTable();
    table.cell('all', []);
    table.cell('a', people('a', 3));
    table.cell('b', []);
    table.line('all', ['a', 'b']);
    expect([...table.withheld()].sort()).toEqual(['a', 'all', 'b']);
  });

  it('refuses a line through a cell it was never given', () => {
    const table = figureTable();
    table.cell('a', []);
    expect(() => table.line('a', ['b'])).toThrow('unknown cell b');
  });
});

describe('derivable cells', () => {
  it('finds a cell given away by combining lines, and not one that is not', () => {
    // x + y = k1 and y + z = k2 and x - z = k3 (from a third line): x, y, z not fixed; add z = k4 and all are.
    const lines = [
      { total: 't1', parts: ['x', 'y'] },
      { total: 't2', parts: ['y', 'z'] },
    ];
    expect([...derivableCells(lines, new Set(['x', 'y', 'z']))]).toEqual([]);
    const more = [...lines, { total: 't3', parts: ['z', 'p'] }];
    expect([...derivableCells(more, new Set(['x', 'y', 'z']))].sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('published figures', () => {
  it('null every figure of a withheld cell and say so', () => {
    expect(publishFigures({ orders: 3, amount: 1200 }, 'court', new Set(['court']))).toEqual({
      orders: null,
      amount: null,
      suppressed: true,
    });
    expect(publishFigures({ orders: 30, amount: 1200 }, 'court', new Set())).toEqual({
      orders: 30,
      amount: 1200,
      suppressed: false,
    });
  });

  it('null only the figures of the withheld cells of a set of several groups', () => {
    const figures = { casesSent: 40, stillWaiting: 2, firstHearingHeld: 38 };
    const cells = { casesSent: 'sent', stillWaiting: 'waiting', firstHearingHeld: 'heard' };
    expect(publishFigures(figures, cells, new Set(['waiting', 'heard']))).toEqual({
      casesSent: 40,
      stillWaiting: null,
      firstHearingHeld: null,
      suppressed: true,
    });
  });
});
