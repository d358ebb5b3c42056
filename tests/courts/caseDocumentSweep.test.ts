import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { textPdf } from '../../seed/caseFiles/minimalPdf';
import { ageStoredContent } from './support/agedContent';
import { storedBytes } from './support/caseFileChecks';
import { MAGISTRATES_CASE, type MagistratesCaseData } from './support/courtsOperations';
import {
  codeOfAnswer,
  downloadDocument,
  REQUEST_UPLOAD,
  type RequestUploadData,
  type TransferAnswer,
  uploadDocument,
} from './support/documentTransfers';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

const URNS = Array.from({ length: 5 }, (_, index) => `20AF000000${index}`);
/** A small case file, so that a test can fill one. */
const MAX_PER_CASE = 9;
/** The grace period unreferenced content is kept for, by default (COURTS_CONTENT_GRACE_SECONDS). */
const GRACE_SECONDS = 86_400;

let running: RunningCourtsGateway;
let clerk: string;
let reader: string;
const logged: string[] = [];

beforeAll(async () => {
  const dataDir = await handMadeDataDir(URNS.map((urn) => ({ urn, courtCode: 'B20NT00' })));
  running = await startCourtsGateway(
    dataDir,
    { log: (message) => logged.push(message) },
    { COURTS_DOCUMENTS_PER_CASE: String(MAX_PER_CASE) },
  );
  clerk = await running.tokenFor('court-staff');
  reader = await running.tokenFor('court-staff', { scopes: 'courts:read' });
});

afterAll(() => running.stop());

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const statement = (words: string) => textPdf('Further witness statement', `MG11 WITNESS STATEMENT\n${words}`);

async function ticketFor(urn: string): Promise<string> {
  const answer = await running.queryAs<RequestUploadData>(clerk, REQUEST_UPLOAD, {
    input: { urn, kind: 'WITNESS_STATEMENT', title: 'Further statement', author: 'Jo Bloggs' },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data?.requestCaseDocumentUpload?.uploadPath ?? '';
}

const upload = (path: string, body: Buffer | ReadableStream<Uint8Array>) =>
  uploadDocument(running.gateway.url, clerk, path, body);

async function documentsOf(urn: string) {
  const answer = await running.queryAs<MagistratesCaseData>(reader, MAGISTRATES_CASE, { urn });
  expect(answer.errors).toBeUndefined();
  return answer.data?.magistratesCase?.documents ?? [];
}

/** Resolves once the subgraph has claimed the ticket of `uploadPath`: its upload is past its first checks. */
async function claimed(uploadPath: string): Promise<void> {
  const ticket = new URL(uploadPath, 'http://localhost').searchParams.get('ticket') ?? '';
  const { db } = running.courts.system.databases.magistrates;
  for (let tries = 0; tries < 200; tries += 1) {
    const row = await db
      .selectFrom('documentUploadTicket')
      .select('claimedAt')
      .where('ticketHash', '=', sha256(ticket))
      .executeTakeFirst();
    if (row?.claimedAt) return;
    await sleep(10);
  }
  throw new Error(`The ticket of ${uploadPath} was never claimed`);
}

/**
 * Uploads `bytes` to a case file with room for one more document, and has another upload fill that room while
 * the first is still sending: the first's bytes are stored, then its recording is refused (CASE_FILE_FULL).
 */
async function refusedAfterStoring(urn: string, bytes: Buffer): Promise<TransferAnswer> {
  const room = MAX_PER_CASE - (await documentsOf(urn)).length;
  for (let index = 1; index < room; index += 1) {
    expect((await upload(await ticketFor(urn), statement(`Filler ${urn} ${index}`))).status).toBe(201);
  }
  const [slowPath, quickPath] = [await ticketFor(urn), await ticketFor(urn)];
  let finish: () => void = () => undefined;
  const slowBody = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, 16));
      finish = () => {
        controller.enqueue(bytes.subarray(16));
        controller.close();
      };
    },
  });
  const slow = upload(slowPath, slowBody);
  await claimed(slowPath);
  expect((await upload(quickPath, statement(`The last room in ${urn}`))).status).toBe(201);
  finish();
  return slow;
}

const sweep = () => running.courts.system.contentSweep.run();

describe('the sweep of document content no case document refers to', () => {
  it('removes the bytes of an upload whose recording was refused, once past the grace period', async () => {
    const [urn = ''] = URNS;
    const bytes = statement('Refused after its bytes were stored');
    const refused = await refusedAfterStoring(urn, bytes);
    expect([refused.status, codeOfAnswer(refused)]).toEqual([409, 'CASE_FILE_FULL']);
    expect(await storedBytes(running.courts.system, sha256(bytes))).toEqual(bytes);
    expect((await documentsOf(urn)).map((document) => document.sha256)).not.toContain(sha256(bytes));
    await ageStoredContent(running.courts.system, sha256(bytes), GRACE_SECONDS + 60);
    const swept = await sweep();
    expect(swept).toMatchObject({ removed: 1, bytes: bytes.length });
    expect(await storedBytes(running.courts.system, sha256(bytes))).toBeNull();
    expect(logged).toContainEqual(
      expect.stringContaining(`Removed 1 unreferenced document contents (${bytes.length} bytes)`),
    );
    // The file's own documents, the one that filled it among them, are all still served.
    for (const document of await documentsOf(urn)) {
      expect((await downloadDocument(running.gateway.url, reader, document.downloadPath)).status).toBe(200);
    }
  });

  it('keeps content another document shares, however old', async () => {
    const [, urn = '', other = ''] = URNS;
    const bytes = statement('Filed in two cases');
    expect((await upload(await ticketFor(other), bytes)).status).toBe(201);
    const refused = await refusedAfterStoring(urn, bytes);
    expect([refused.status, codeOfAnswer(refused)]).toEqual([409, 'CASE_FILE_FULL']);
    await ageStoredContent(running.courts.system, sha256(bytes), GRACE_SECONDS + 60);
    await sweep();
    const [shared] = (await documentsOf(other)).filter((document) => document.sha256 === sha256(bytes));
    const served = await downloadDocument(running.gateway.url, reader, shared?.downloadPath ?? '');
    expect(served.status).toBe(200);
    expect(served.bytes).toEqual(bytes);
  });

  it('keeps unreferenced content within the grace period, and counts it from its last upload', async () => {
    const urn = URNS[3] ?? '';
    const bytes = statement('Refused twice');
    const refused = await refusedAfterStoring(urn, bytes);
    expect([refused.status, codeOfAnswer(refused)]).toEqual([409, 'CASE_FILE_FULL']);
    await ageStoredContent(running.courts.system, sha256(bytes), GRACE_SECONDS - 600);
    expect(await sweep()).toEqual({ removed: 0, bytes: 0, ...abandoned() });
    expect(await storedBytes(running.courts.system, sha256(bytes))).toEqual(bytes);
    // Past the grace period, the same bytes uploaded (and refused) again: the new upload's put makes them young.
    await ageStoredContent(running.courts.system, sha256(bytes), 1200);
    const again = await refusedAfterStoring(URNS[4] ?? '', bytes);
    expect([again.status, codeOfAnswer(again)]).toEqual([409, 'CASE_FILE_FULL']);
    expect(await sweep()).toMatchObject({ removed: 0 });
    expect(await storedBytes(running.courts.system, sha256(bytes))).toEqual(bytes);
  });
});

/** The files store also counts the abandoned temporary files it removed: none here. */
function abandoned(): Record<string, number> {
  return running.courts.system.documents.content.kind === 'files' ? { abandonedUploads: 0 } : {};
}
