import { DocumentRefusal } from './documentRefusal';

/** The media types a case document may have, told by their first bytes, never by a name or a header. */
const SIGNATURES: readonly { mediaType: string; magic: readonly number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** Bytes needed to tell every accepted type. */
const SNIFF_BYTES = Math.max(...SIGNATURES.map((signature) => signature.magic.length));

/** The media type the bytes begin as, or null when they are none of PDF, PNG and JPEG. */
export function mediaTypeOf(head: Uint8Array): string | null {
  const found = SIGNATURES.find(({ magic }) => magic.every((byte, index) => head[index] === byte));
  return found?.mediaType ?? null;
}

/** What an upload turned out to be, known once its first bytes have passed. */
export interface InspectedUpload {
  mediaType: string | null;
}

/**
 * Passes an upload's chunks on while checking it: its type by its first bytes (PDF, PNG or JPEG:
 * 415 UNSUPPORTED_DOCUMENT_TYPE otherwise), its size as it goes (413 DOCUMENT_TOO_LARGE past `maxBytes`, refused
 * at the byte that crosses it, before it is written), and that it is not empty (400 DOCUMENT_EMPTY). Holds at most
 * the few bytes needed to tell the type.
 */
export async function* inspectedUpload(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  found: InspectedUpload,
): AsyncGenerator<Uint8Array> {
  let size = 0;
  let head: Buffer | null = Buffer.alloc(0);
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) {
      throw new DocumentRefusal(413, 'DOCUMENT_TOO_LARGE', `A document may be at most ${maxBytes} bytes`);
    }
    if (head === null) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < SNIFF_BYTES) continue;
    found.mediaType = mediaTypeOf(head);
    if (!found.mediaType) throw unsupported();
    yield head;
    head = null;
  }
  if (size === 0) throw new DocumentRefusal(400, 'DOCUMENT_EMPTY', 'The upload has no content');
  if (head !== null) {
    // Shorter than the longest signature: it may still be a (tiny) JPEG.
    found.mediaType = mediaTypeOf(head);
    if (!found.mediaType) throw unsupported();
    yield head;
  }
}

function unsupported(): DocumentRefusal {
  return new DocumentRefusal(
    415,
    'UNSUPPORTED_DOCUMENT_TYPE',
    'A case document must be a PDF, PNG or JPEG file; the content is none of these, whatever its name says',
  );
}
