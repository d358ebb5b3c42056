/**
 * Measures the live memory a 20 MB case document adds as it goes up through the gateway into the courts' content
 * store and back down, all three parts (client, gateway, courts subgraph) in this one process, and prints the
 * figures as JSON (tests/courts/caseDocumentMemory.test.ts runs it). It runs as a process of its own, started with
 * --expose-gc, because each sample begins with full collections: in a test worker whose heap a long run has grown,
 * they took seconds each on a loaded machine and starved the transfer (a 180 s timeout); here the heap is small.
 *
 *   node --expose-gc --import tsx tests/courts/support/documentMemoryRun.ts
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { purposeHeaders } from '../../support/purposeHeaders';
import { REQUEST_UPLOAD, type RequestUploadData } from './documentTransfers';
import { handMadeDataDir } from './handMadeCourts';
import { startCourtsGateway } from './startCourtsGateway';

const URN = '20AE0000000';
/** The largest document the courts take by default. */
export const TWENTY_MB = 20 * 1024 * 1024;
const CHUNK = 64 * 1024;

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
// collections. Needs node's --expose-gc, which the test starts this script with; V8's flag set at run time instead
// breaks streams in flight.
function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void };
  if (!gc) throw new Error('This script measures live memory: run it with node --expose-gc');
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

/** The largest growth over a baseline, sampled at fixed points of a transfer rather than on a timer. */
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
  gatewayUrl: string,
  clerk: string,
  path: string,
  method: 'GET' | 'POST',
  options: { body?: AsyncIterable<Buffer>; sampler?: GrowthSampler } = {},
): Promise<{ status: number; size: number; sha256: string; json: unknown }> {
  const { body, sampler } = options;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL(path, gatewayUrl),
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

/** One transfer's outcome and the largest growth of live memory measured while it ran. */
export interface TransferFigures {
  status: number;
  size: number;
  sha256: string;
  growthBytes: number;
}

/** What the run prints. */
export interface DocumentMemoryFigures {
  expectedSha256: string;
  upload: TransferFigures & { document: { sizeBytes: number; sha256: string } | null };
  download: TransferFigures;
}

async function measure(): Promise<DocumentMemoryFigures> {
  const dataDir = await handMadeDataDir([{ urn: URN, courtCode: 'B20NT00' }]);
  const running = await startCourtsGateway(dataDir);
  try {
    const clerk = await running.tokenFor('court-staff');
    const asked = await running.queryAs<RequestUploadData>(clerk, REQUEST_UPLOAD, {
      input: { urn: URN, kind: 'EXHIBIT_LIST', title: 'Scanned exhibits bundle', author: 'PC J. Smith 1234' },
    });
    const uploadPath = asked.data?.requestCaseDocumentUpload?.uploadPath ?? '';
    const gatewayUrl = running.gateway.url;
    const uploading = new GrowthSampler();
    const uploaded = await send(gatewayUrl, clerk, uploadPath, 'POST', { body: sampledUpload(uploading) });
    uploading.sample();
    const { document } = (uploaded.json ?? {}) as {
      document?: { id: string; sizeBytes: number; sha256: string };
    };
    const downloading = new GrowthSampler();
    const downloaded = await send(gatewayUrl, clerk, `/documents/download?id=${document?.id ?? ''}`, 'GET', {
      sampler: downloading,
    });
    downloading.sample();
    return {
      expectedSha256: generatedChecksum(),
      upload: {
        ...uploaded,
        growthBytes: uploading.growth,
        document: document ? { sizeBytes: document.sizeBytes, sha256: document.sha256 } : null,
      },
      download: { ...downloaded, growthBytes: downloading.growth },
    };
  } finally {
    await running.stop();
  }
}

measure().then(
  (figures) => {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
