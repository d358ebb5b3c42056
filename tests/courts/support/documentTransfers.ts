import { purposeHeaders } from '../../support/purposeHeaders';

/** An answer of a document route: its status, its bytes, and its JSON when it is JSON. */
export interface TransferAnswer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json: {
    errors?: { message: string; extensions?: { code?: string } }[];
    document?: Record<string, unknown>;
  } | null;
}

async function answerOf(response: Response): Promise<TransferAnswer> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = (response.headers.get('content-type') ?? '').includes('json')
    ? (JSON.parse(bytes.toString('utf8')) as TransferAnswer['json'])
    : null;
  return { status: response.status, headers: response.headers, bytes, json };
}

/** The code of a refused transfer. */
export const codeOfAnswer = (answer: TransferAnswer) => answer.json?.errors?.[0]?.extensions?.code;

/** The headers a caseworker's front-end sends with a transfer: the bearer token and a stated purpose. */
function callerHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...purposeHeaders(token, 'Integration test of case documents') };
}

/** GETs a document's bytes from the gateway (its downloadPath), as the Crown Court would. */
export async function downloadDocument(
  gatewayUrl: string,
  token: string,
  path: string,
): Promise<TransferAnswer> {
  return answerOf(await fetch(new URL(path, gatewayUrl), { headers: callerHeaders(token) }));
}

/** POSTs a document's bytes (a buffer, or a stream for a large one) to the gateway's upload path. */
export async function uploadDocument(
  gatewayUrl: string,
  token: string,
  uploadPath: string,
  body: Buffer | ReadableStream<Uint8Array>,
  name = 'statement.pdf',
): Promise<TransferAnswer> {
  const response = await fetch(new URL(uploadPath, gatewayUrl), {
    method: 'POST',
    // The name is what the caller's file was called: the courts go by the content, never by it.
    headers: { ...callerHeaders(token), 'content-type': 'application/pdf', 'x-file-name': name },
    body,
    duplex: 'half',
  } as RequestInit);
  return answerOf(response);
}

export const REQUEST_UPLOAD = /* GraphQL */ `
  #graphql
  mutation RequestUpload($input: CaseDocumentUploadInput!) {
    requestCaseDocumentUpload(input: $input) {
      uploadPath
      expiresAt
      maxBytes
    }
  }
`;

/** The answer to REQUEST_UPLOAD. */
export interface RequestUploadData {
  requestCaseDocumentUpload: { uploadPath: string; expiresAt: string; maxBytes: number } | null;
}
