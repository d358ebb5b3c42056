import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { purposeHeaders } from '../support/purposeHeaders';
import { REQUEST_UPLOAD } from './support/documentTransfers';
import type { DocumentMemoryFigures } from './support/documentMemoryRun';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

const URN = '20AE0000000';
const TWENTY_MB = 20 * 1024 * 1024;
/** Requests a minute each caller may make here: enough for the transfers, then refused. */
const CALLER_PER_MINUTE = 6;
/**
 * Live memory a transfer may add, all three parts together: under 1 MB is measured (docs/PERFORMANCE.md); a part
 * that held the document whole until its end would show 8 MB by the second sample and 20 MB by the last.
 */
const LIVE_GROWTH_BOUND = 8 * 1024 * 1024;

// 20 MB each way takes a second or two alone, longer on two shared cores under a full test run.
jest.setTimeout(120_000);

describe('a 20 MB document', () => {
  it('goes through the gateway into the store and back out the same, streamed, no part holding it whole', async () => {
    // Measured in a process of its own (documentMemoryRun.ts says why), on this test's store engine.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', resolve(__dirname, 'support/documentMemoryRun.ts')],
      { env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 1024 * 1024 },
    );
    const figures = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as DocumentMemoryFigures;
    expect(figures.upload).toMatchObject({
      status: 201,
      document: { sizeBytes: TWENTY_MB, sha256: figures.expectedSha256 },
    });
    expect(figures.download).toMatchObject({ status: 200, size: TWENTY_MB, sha256: figures.expectedSha256 });
    expect(figures.upload.growthBytes).toBeLessThan(LIVE_GROWTH_BOUND);
    expect(figures.download.growthBytes).toBeLessThan(LIVE_GROWTH_BOUND);
  });
});

describe('the document routes', () => {
  let running: RunningCourtsGateway;

  beforeAll(async () => {
    const dataDir = await handMadeDataDir([{ urn: URN, courtCode: 'B20NT00' }]);
    running = await startCourtsGateway(
      dataDir,
      {},
      { RATE_LIMIT_CALLER_PER_MINUTE: String(CALLER_PER_MINUTE) },
    );
  });

  afterAll(() => running.stop());

  it('count against the same request limits as /graphql', async () => {
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
