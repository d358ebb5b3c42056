import { createHash } from 'node:crypto';
import { textPdf } from '../../seed/caseFiles/minimalPdf';
import { alterStoredContent } from './support/alteredContent';
import { WITHDRAW } from './support/answerOperations';
import {
  MAGISTRATES_CASE,
  type MagistratesCaseData,
  SEND_CASE,
  type SendCaseData,
} from './support/courtsOperations';
import {
  codeOfAnswer,
  downloadDocument,
  REQUEST_UPLOAD,
  type RequestUploadData,
  uploadDocument,
} from './support/documentTransfers';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

/** Friday 27 November 2026, 10:00; moved on to expire a ticket. */
let clock = new Date('2026-11-27T10:00:00.000Z');
const URNS = Array.from({ length: 6 }, (_, index) => `20AD000000${index}`);
const PNC_ID = '2012/0052494Q';
/** Small limits, so that a test can reach them: 64 KiB a document, 9 documents a case. */
const MAX_BYTES = 64 * 1024;
const MAX_PER_CASE = 9;

let running: RunningCourtsGateway;
let clerk: string;
let otherClerk: string;
let reader: string;

beforeAll(async () => {
  const dataDir = await handMadeDataDir(
    URNS.map((urn, index) => ({ urn, courtCode: 'B20NT00', pncId: index === 0 ? PNC_ID : null })),
  );
  running = await startCourtsGateway(
    dataDir,
    { now: () => clock },
    { COURTS_DOCUMENT_MAX_BYTES: String(MAX_BYTES), COURTS_DOCUMENTS_PER_CASE: String(MAX_PER_CASE) },
  );
  clerk = await running.tokenFor('court-staff');
  otherClerk = await running.tokenFor('court-staff', { subject: 'another-clerk' });
  reader = await running.tokenFor('court-staff', { scopes: 'courts:read' });
});

afterAll(() => running.stop());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const statement = (words: string) => textPdf('Further witness statement', `MG11 WITNESS STATEMENT\n${words}`);

async function ticketFor(urn: string, token = clerk): Promise<string> {
  const answer = await running.queryAs<RequestUploadData>(token, REQUEST_UPLOAD, {
    input: {
      urn,
      kind: 'WITNESS_STATEMENT',
      title: 'Further statement of the complainant',
      author: 'Jo Bloggs',
    },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data?.requestCaseDocumentUpload?.uploadPath ?? '';
}

const upload = (path: string, body: Buffer, token = clerk, name?: string) =>
  uploadDocument(running.gateway.url, token, path, body, name);

async function documentsOf(urn: string) {
  const answer = await running.queryAs<MagistratesCaseData>(reader, MAGISTRATES_CASE, { urn });
  expect(answer.errors).toBeUndefined();
  return answer.data?.magistratesCase?.documents ?? [];
}

describe("magistrates' court staff add documents to a case file", () => {
  it('takes a real PDF, lists it with who added it, and serves the same bytes back', async () => {
    const [urn = ''] = URNS;
    const before = await documentsOf(urn);
    const bytes = statement('I saw the defendant leave the shop with the goods.');
    const added = await upload(await ticketFor(urn), bytes);
    expect(added.status).toBe(201);
    expect(added.json?.document).toMatchObject({
      id: `${urn}-${String(before.length + 1).padStart(2, '0')}`,
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      servedAfterSending: false,
    });
    const after = await documentsOf(urn);
    expect(after).toHaveLength(before.length + 1);
    const listed = after.at(-1);
    expect(listed).toMatchObject({
      kind: 'WITNESS_STATEMENT',
      title: 'Further statement of the complainant',
      addedBy: 'court-staff:dev-court-staff',
      addedAt: clock.toISOString(),
      servedAfterSending: false,
    });
    const served = await downloadDocument(running.gateway.url, reader, listed?.downloadPath ?? '');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(sha256(served.bytes)).toBe(sha256(bytes));
    // Both transfers are in the audit log, naming the defendant whose file they touched.
    const records = await running.gateway.auditLog.store.consultationsOf(PNC_ID, { limit: 5 });
    expect(records.map((record) => record.operationName)).toEqual(
      expect.arrayContaining(['POST /documents/upload', 'GET /documents/download']),
    );
  });

  it('refuses a file that is not a PDF, PNG or JPEG, whatever it is called, and keeps nothing', async () => {
    const urn = URNS[1] ?? '';
    const before = await documentsOf(urn);
    const disguised = Buffer.from('MZ\x90\x00 this is a Windows program named statement.pdf', 'latin1');
    const refused = await upload(await ticketFor(urn), disguised, clerk, 'statement.pdf');
    expect(refused.status).toBe(415);
    expect(codeOfAnswer(refused)).toBe('UNSUPPORTED_DOCUMENT_TYPE');
    expect(await documentsOf(urn)).toEqual(before);
  });

  it('refuses a file over the size limit, and keeps nothing', async () => {
    const urn = URNS[1] ?? '';
    const before = await documentsOf(urn);
    const large = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_BYTES, 0x20)]);
    const refused = await upload(await ticketFor(urn), large);
    expect(refused.status).toBe(413);
    expect(codeOfAnswer(refused)).toBe('DOCUMENT_TOO_LARGE');
    expect(await documentsOf(urn)).toEqual(before);
  });

  it('refuses a document past the case file limit, at the ticket and at the upload', async () => {
    const urn = URNS[2] ?? '';
    const room = MAX_PER_CASE - (await documentsOf(urn)).length;
    const tickets = await Promise.all(Array.from({ length: room + 1 }, () => ticketFor(urn)));
    for (const [index, path] of tickets.entries()) {
      const answer = await upload(path, statement(`Statement ${index}`));
      if (index < room) expect(answer.status).toBe(201);
      else expect([answer.status, codeOfAnswer(answer)]).toEqual([409, 'CASE_FILE_FULL']);
    }
    const more = await running.queryAs(clerk, REQUEST_UPLOAD, {
      input: { urn, kind: 'WITNESS_STATEMENT', title: 'One too many', author: 'Jo Bloggs' },
    });
    expect(more.errors?.[0]?.extensions?.code).toBe('CASE_FILE_FULL');
    expect(await documentsOf(urn)).toHaveLength(MAX_PER_CASE);
  });

  it('takes each ticket once, from the caller it was issued to, until it expires', async () => {
    const urn = URNS[3] ?? '';
    const path = await ticketFor(urn);
    const theirs = await upload(path, statement('Not mine'), otherClerk);
    expect([theirs.status, codeOfAnswer(theirs)]).toEqual([403, 'UPLOAD_TICKET_NOT_YOURS']);
    expect((await upload(path, statement('First'))).status).toBe(201);
    const replayed = await upload(path, statement('Again'));
    expect([replayed.status, codeOfAnswer(replayed)]).toEqual([409, 'UPLOAD_TICKET_USED']);
    const unknown = await upload('/documents/upload?ticket=not-a-ticket', statement('Made up'));
    expect([unknown.status, codeOfAnswer(unknown)]).toEqual([404, 'UPLOAD_TICKET_UNKNOWN']);
    const late = await ticketFor(urn);
    clock = new Date(clock.getTime() + 301_000);
    const expired = await upload(late, statement('Too late'));
    expect([expired.status, codeOfAnswer(expired)]).toEqual([410, 'UPLOAD_TICKET_EXPIRED']);
  });

  it('refuses callers without the scope, a token or a stated purpose', async () => {
    const urn = URNS[4] ?? '';
    const asked = await running.queryAs(reader, REQUEST_UPLOAD, {
      input: { urn, kind: 'WITNESS_STATEMENT', title: 'Read only', author: 'Jo Bloggs' },
    });
    expect(asked.data?.requestCaseDocumentUpload ?? null).toBeNull();
    expect(asked.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const path = await ticketFor(urn);
    const readOnly = await upload(path, statement('Read only'), reader);
    expect([readOnly.status, codeOfAnswer(readOnly)]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await fetch(new URL(path, running.gateway.url), {
      method: 'POST',
      body: new Uint8Array(statement('x')),
    });
    expect(anonymous.status).toBe(401);
    const [first] = await documentsOf(urn);
    const unstated = await fetch(new URL(first?.downloadPath ?? '', running.gateway.url), {
      headers: { authorization: `Bearer ${reader}` },
    });
    expect(unstated.status).toBe(400);
    expect(
      ((await unstated.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('PURPOSE_REQUIRED');
  });
});

describe('the Crown Court reads the file as it was sent', () => {
  it('marks a document added after sending as served after sending', async () => {
    const urn = URNS[5] ?? '';
    const sent = await running.queryAs<SendCaseData>(clerk, SEND_CASE, {
      input: { urn, crownCourtCode: 'C20NT00', sendingType: 'SENT_FOR_TRIAL', firstHearingOn: '2026-12-14' },
    });
    expect(sent.errors).toBeUndefined();
    const added = await upload(await ticketFor(urn), statement('Served after sending'));
    expect(added.status).toBe(201);
    const documents = await documentsOf(urn);
    expect(
      documents.filter((document) => document.servedAfterSending).map((document) => document.id),
    ).toEqual([added.json?.document?.id]);
    expect(documents.slice(0, -1).every((document) => !document.servedAfterSending)).toBe(true);
  });

  it('sends the whole file again after a withdrawal: what was served after the first sending is part of the second', async () => {
    const urn = URNS[4] ?? '';
    const send = async () => {
      const sent = await running.queryAs<SendCaseData>(clerk, SEND_CASE, {
        input: {
          urn,
          crownCourtCode: 'C20NT00',
          sendingType: 'SENT_FOR_TRIAL',
          firstHearingOn: '2026-12-14',
        },
      });
      expect(sent.errors).toBeUndefined();
    };
    await send();
    const late = await upload(await ticketFor(urn), statement('Served after the first sending'));
    expect(late.status).toBe(201);
    const withdrawn = await running.queryAs(clerk, WITHDRAW, { urn, reason: 'Sent to the wrong centre' });
    expect(withdrawn.errors).toBeUndefined();
    await send();
    const later = await upload(await ticketFor(urn), statement('Served after the second sending'));
    expect(later.status).toBe(201);
    const marked = (await documentsOf(urn)).filter((document) => document.servedAfterSending);
    expect(marked.map((document) => document.id)).toEqual([later.json?.document?.id]);
  });

  it('refuses a document whose stored bytes were altered, before sending any of them', async () => {
    const [document] = await documentsOf(URNS[4] ?? '');
    await alterStoredContent(running.courts.system, document?.sha256 ?? '');
    const refused = await downloadDocument(running.gateway.url, reader, document?.downloadPath ?? '');
    expect([refused.status, codeOfAnswer(refused)]).toEqual([500, 'DOCUMENT_CORRUPT']);
    expect(refused.headers.get('content-type')).toContain('json');
  });
});
