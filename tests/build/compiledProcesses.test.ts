import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledEntry } from '@lib/config/processCommands';
import { ENTRIES } from '../../scripts/build';

/**
 * What `npm run build` made (npm test runs it first). That the compiled system serves is shown by
 * tests/network/outboundTraffic.test.ts, which runs `npm start`'s compiled supervisor and services.
 */
describe('the compiled processes', () => {
  it('load with plain node: no TypeScript, no path alias left to resolve', () => {
    for (const bundle of Object.keys(ENTRIES)) {
      const code = readFileSync(compiledEntry(bundle), 'utf8');
      expect({ bundle, aliases: code.match(/require\("@lib\/[^"]*"\)/g) ?? [] }).toEqual({
        bundle,
        aliases: [],
      });
    }
    // The token script, run compiled, prints a token that the gateway's verifier would read.
    const token = execFileSync(process.execPath, [compiledEntry('scripts/token'), '--agency', 'analyst'], {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'compiled-token-')) },
    });
    expect(token.trim().split('.')).toHaveLength(3);
  });

  it("keep the subgraphs' stores and resolvers out of the gateway's bundle", () => {
    const gateway = readFileSync(compiledEntry('gateway/main'), 'utf8');
    const subgraphs = readFileSync(compiledEntry('subgraphs/main'), 'utf8');
    for (const marker of ['magistratesMigrations', 'createVisitsContext']) {
      expect({
        marker,
        inSubgraphs: subgraphs.includes(marker),
        inGateway: gateway.includes(marker),
      }).toEqual({
        marker,
        inSubgraphs: true,
        inGateway: false,
      });
    }
  });
});
