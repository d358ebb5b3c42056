import { textPdf } from '../../seed/caseFiles/minimalPdf';

/** Checks the structure a PDF reader relies on: header, objects where the xref says, stream lengths, trailer. */
function expectWellFormedPdf(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.endsWith('%%EOF\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  const [, count = '0'] = /^xref\n0 (\d+)\n/.exec(text.slice(startxref)) ?? [];
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(3, 2 + Number(count));
  expect(entries).toHaveLength(Number(count) - 1);
  entries.forEach((entry, index) => {
    expect(entry).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true);
  });
  for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    expect(text.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe('\nendstream');
  }
  expect(text).toMatch(/trailer\n<< \/Size \d+ \/Root 1 0 R \/Info 4 0 R >>/);
}

describe("the seed's PDF writer", () => {
  it('writes a well-formed PDF 1.4 with the text on its page', () => {
    const pdf = textPdf(
      'Witness statement (MG11)',
      'MG11 WITNESS STATEMENT\nURN: 13AA0000001\n\nSigned (in full)',
    );
    expectWellFormedPdf(pdf);
    const text = pdf.toString('latin1');
    expect(text).toContain('(URN: 13AA0000001) Tj');
    // Parentheses in the text are escaped, so that they do not end the string.
    expect(text).toContain('(Signed \\(in full\\)) Tj');
    expect(text).toContain('/Count 1');
  });

  it('wraps long lines and runs onto more pages, still well-formed', () => {
    const long = Array.from({ length: 120 }, (_, index) => `Line ${index} ${'word '.repeat(30)}`).join('\n');
    const pdf = textPdf('Long', long);
    expectWellFormedPdf(pdf);
    expect(pdf.toString('latin1')).toMatch(/\/Count [3-9]/);
  });

  it('is the same bytes every time for the same text', () => {
    expect(textPdf('A', 'b').equals(textPdf('A', 'b'))).toBe(true);
  });
});
