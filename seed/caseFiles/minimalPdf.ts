/**
 * A small writer of valid PDF 1.4 files of plain text: A4 pages of Helvetica lines, with the cross-reference table
 * and trailer a reader needs. Enough for the seed's case-file documents to be real PDFs that any viewer opens, and
 * deterministic (no dates, no ids), so that a document's checksum depends only on its text.
 */

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 10;
const LEADING = 14;
const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LEADING);
/** Helvetica at 10 pt fits about this many characters of text across the page between the margins. */
const CHARACTERS_PER_LINE = 92;

/** Breaks a paragraph into lines of at most CHARACTERS_PER_LINE, at spaces where it can. */
function wrap(paragraph: string): string[] {
  if (paragraph.length <= CHARACTERS_PER_LINE) return [paragraph];
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= CHARACTERS_PER_LINE) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (line.length > CHARACTERS_PER_LINE) {
      lines.push(line.slice(0, CHARACTERS_PER_LINE));
      line = line.slice(CHARACTERS_PER_LINE);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A line as a PDF literal string: backslash, parentheses escaped; characters outside printable ASCII as "?". */
function literal(line: string): string {
  const ascii = line.replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

function pageContent(lines: readonly string[]): string {
  const shown = lines.map((line, index) => (index === 0 ? `${literal(line)} Tj` : `T* ${literal(line)} Tj`));
  return [
    'BT',
    `/F1 ${FONT_SIZE} Tf`,
    `${LEADING} TL`,
    `${MARGIN} ${PAGE_HEIGHT - MARGIN} Td`,
    ...shown,
    'ET',
  ].join('\n');
}

/** A PDF 1.4 file showing `text` (lines separated by \n, long ones wrapped), one or more A4 pages. */
export function textPdf(title: string, text: string): Buffer {
  const lines = text.split('\n').flatMap((paragraph) => (paragraph === '' ? [''] : wrap(paragraph)));
  const pages: string[][] = [];
  for (let start = 0; start < lines.length; start += LINES_PER_PAGE)
    pages.push(lines.slice(start, start + LINES_PER_PAGE));
  if (pages.length === 0) pages.push(['']);
  // Objects: 1 catalog, 2 page tree, 3 font, 4 info, then a page and its content stream for each page.
  const pageIds = pages.map((_, index) => 5 + index * 2);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title ${literal(title)} /Producer (justice-gateway seed) >>`,
  ];
  for (const [index, page] of pages.entries()) {
    const content = pageContent(page);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`,
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    );
  }
  // A binary comment after the header tells transfer tools the file is binary (PDF 1.4, 7.5.2).
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
