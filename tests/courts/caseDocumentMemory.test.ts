import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { purposeHeaders } from '../support/purposeHeaders';
import { REQUEST_UPLOAD, type RequestUploadData } from './support/documentTransfers';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

const URN = '20AE0000000';
/** The largest document the courts take by default. */
const TWENTY_MB = 20 * 1024 * 1024;
const CHUNK = 64 * 1024;
/** Requests a minute each caller may make here: enough for the transfers, then refused. */
const CALLER_PER_MINUTE = 6;
/**
 * Live memory a transfer may add, all three parts together: under 1 MB is measured (docs/PERFORMANCE.md); a part
 * that held the document whole until its end would show 8 MB by the second sample and 20 MB by the last.
 */
const LIVE_GROWTH_BOUND = 8 * 1024 * 1024;

// 20 MB each way takes a second or two alone, longer on two shared cores under a full test run.
jest.setTimeout(120_000);

let running: RunningCourtsGateway;
let clerk: string;

beforeAll(async () => {
  const dataDir = await handMadeDataDir([{ urn: URN, courtCode: 'B20NT00' }]);
  running = await startCourtsGateway(
    dataDir,
    {},
    { RATE_LIMIT_CALLER_PER_MINUTE: String(CALLER_PER_MINUTE) },
  );
  clerk = await running.tokenFor('court-staff');
});

afterAll(() => running.stop());

/** How often, in bytes carried, the test stops the transfer to measure what is live: five times per document. */
const SAMPLE_EVERY = 4 * 1024 * 1024;

/** A 20 MB PDF-headed body made chunk by chunk as it is sent, never whole. */
function* generatedChunks(): Generator<Buffer> {
  for (let sent = 0; sent < TWENTY_MB; sent += CHUNK) {
    const chunk = Buffer.alloc(Math.min(CHUNK, TWENTY_MB - sent), sent % 251);
    if (sent === 0) chunk.write('%PDF-1.4\n', 'latin1');
    yield chunk;
  }
}

/** The checksum of the generated body. */
function generatedChecksum(): string {
  const hash = createHash('sha256');
  for (const chunk of generatedChunks()) hash.update(chunk);
  return hash.digest('hex');
}

// A full collection before each sample, so that what is measured is what is live, not garbage not yet collected:
// 20 MB passing through a client, a gateway and a subgraph leaves more than that in freed chunks between
// collections. Needs node's --expose-gc, which `npm test` gives (NODE_OPTIONS); V8's flag set at run time instead
// breaks streams in flight.
function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void };
  if (!gc)
    throw new Error(
      'This test measures live memory: run jest with NODE_OPTIONS=--expose-gc, as npm test does',
    );
  gc();
}

/** What this process holds live: the JavaScript heap and the buffers outside it (where a request's bytes would be). */
const held = () => {
  // Twice: V8 frees dead buffers' memory on a background thread after a collection, and the next collection waits
  // for that to finish; one alone now and then counted tens of MB already dead (a spike at a single sample).
  collectGarbage();
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

/**
 * Lets the bytes already sent reach the gateway and the subgraph (both run in this process) before a sample, so that
 * a part which buffers shows what it holds.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * The largest growth over a baseline, sampled at fixed points of a transfer rather than on a timer: a timer's full
 * collections, each slow in a worker whose heap a long test run has grown, starved the transfer of its event loop
 * and timed the test out under `npm test` on a loaded machine.
 */
class GrowthSampler {
  private readonly baseline = held();
  private peak = this.baseline;

  sample(): void {
    this.peak = Math.max(this.peak, held());
  }

  get growth(): number {
    return this.peak - this.baseline;
  }
}

/**
 * The generated body as an upload, stopping every SAMPLE_EVERY bytes and once more after the last chunk, before the
 * request ends: a part that waited for the whole body before passing it on would be holding all of it then.
 */
async function* sampledUpload(sampler: GrowthSampler): AsyncGenerator<Buffer> {
  let sinceSample = 0;
  for (const chunk of generatedChunks()) {
    yield chunk;
    sinceSample += chunk.length;
    if (sinceSample >= SAMPLE_EVERY) {
      sinceSample = 0;
      await settle();
      sampler.sample();
    }
  }
  await settle();
  sampler.sample();
}

/**
 * Sends a request with node:http (fetch's streams are released by the collector, which this test runs on demand)
 * and reads its answer: a JSON body whole, any other streamed through a hash, pausing every SAMPLE_EVERY bytes to
 * sample when a sampler is given.
 */
function send(
  path: string,
  method: 'GET' | 'POST',
  options: { body?: AsyncIterable<Buffer>; sampler?: GrowthSampler } = {},
): Promise<{ status: number; size: number; sha256: string; json: unknown }> {
  const { body, sampler } = options;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL(path, running.gateway.url),
      {
        method,
        headers: { authorization: `Bearer ${clerk}`, ...purposeHeaders(clerk, 'A large exhibit bundle') },
      },
      (answer) => {
        const hash = createHash('sha256');
        const parts: Buffer[] = [];
        let size = 0;
        let sinceSample = 0;
        const json = (answer.headers['content-type'] ?? '').includes('json');
        answer.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          size += chunk.length;
          sinceSample += chunk.length;
          if (json) parts.push(chunk);
          if (sampler && sinceSample >= SAMPLE_EVERY) {
            sinceSample = 0;
            answer.pause();
            void settle().then(() => {
              sampler.sample();
              answer.resume();
            });
          }
        });
        answer.on('error', reject);
        answer.on('end', () =>
          resolve({
            status: answer.statusCode ?? 0,
            size,
            sha256: hash.digest('hex'),
            json: json ? JSON.parse(Buffer.concat(parts).toString('utf8')) : null,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    if (body) pipeline(Readable.from(body), outgoing).catch(reject);
    else outgoing.end();
  });
}

describe('a 20 MB document', () => {
  let downloadPath = '';
  let checksum = '';

  it('goes through the gateway and into the store without either holding it whole', async () => {
    const asked = await running.queryAs<RequestUploadData>(clerk, REQUEST_UPLOAD, {
      input: { urn: URN, kind: 'EXHIBIT_LIST', title: 'Scanned exhibits bundle', author: 'PC J. Smith 1234' },
    });
    const uploadPath = asked.data?.requestCaseDocumentUpload?.uploadPath ?? '';
    // The gateway, the courts subgraph and this client all run in this process: the growth bounds all three.
    const sampler = new GrowthSampler();
    const result = await send(uploadPath, 'POST', { body: sampledUpload(sampler) });
    sampler.sample();
    expect(result.status).toBe(201);
    checksum = generatedChecksum();
    const { document } = result.json as { document: { id: string; sizeBytes: number; sha256: string } };
    expect(document).toMatchObject({ sizeBytes: TWENTY_MB, sha256: checksum });
    downloadPath = `/documents/download?id=${document.id}`;
    expect(sampler.growth).toBeLessThan(LIVE_GROWTH_BOUND);
  });

  it('comes back out the same, streamed', async () => {
    const sampler = new GrowthSampler();
    const result = await send(downloadPath, 'GET', { sampler });
    sampler.sample();
    expect(result).toMatchObject({ status: 200, size: TWENTY_MB, sha256: checksum });
    expect(sampler.growth).toBeLessThan(LIVE_GROWTH_BOUND);
  });

  it('counts against the same request limits as /graphql', async () => {
    // A caller of their own, whose minute starts now: the allowance, then 429, on the route and on /graphql.
    const hurried = await running.tokenFor('court-staff', { subject: 'hurried-clerk' });
    const headers = { authorization: `Bearer ${hurried}`, ...purposeHeaders(hurried, 'Reading it again') };
    const statuses: number[] = [];
    for (let index = 0; index <= CALLER_PER_MINUTE; index += 1) {
      const response = await fetch(new URL('/documents/download?id=20AE0000000-99', running.gateway.url), {
        headers,
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(CALLER_PER_MINUTE).fill(404), 429]);
    const graph = await running.queryAs(hurried, REQUEST_UPLOAD, {
      input: { urn: URN, kind: 'EXHIBIT_LIST', title: 'More', author: 'PC J. Smith 1234' },
    });
    expect(graph.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
