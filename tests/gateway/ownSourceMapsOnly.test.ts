import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GATEWAY_SOURCE_NODE_ARGUMENTS } from '../../gateway/src/nodeArguments';

const ROOT = join(__dirname, '../..');

/** Runs `script` in a node started as the gateway is, and returns what it printed. */
async function runAsGateway(script: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...GATEWAY_SOURCE_NODE_ARGUMENTS, '-e', script],
    {
      cwd: ROOT,
    },
  );
  return stdout.trim();
}

describe("the gateway's source maps", () => {
  it('keeps those of its own TypeScript and drops those of its dependencies', async () => {
    const printed = await runAsGateway(`
      require('./gateway/src/ownSourceMapsOnly.ts');
      const { findSourceMap } = require('node:module');
      require('@apollo/gateway');
      const own = require.resolve('./gateway/src/headerRecord.ts');
      require(own);
      console.log(JSON.stringify({
        dependency: findSourceMap(require.resolve('@apollo/gateway')) !== undefined,
        own: findSourceMap(own) !== undefined,
      }));
    `);
    expect(JSON.parse(printed)).toEqual({ dependency: false, own: true });
  }, 60_000);

  it('still shows its TypeScript lines in stack traces', async () => {
    const printed = await runAsGateway(`
      require('./gateway/src/ownSourceMapsOnly.ts');
      try {
        require('./gateway/src/headerRecord.ts').headerRecord(null);
      } catch (error) {
        console.log(error.stack.split('\\n')[1]);
      }
    `);
    // headerRecord reads headers.raw on its first line of code, line 12 of headerRecord.ts.
    expect(printed).toMatch(/gateway\/src\/headerRecord\.ts:12:\d+\)$/);
  }, 60_000);

  it('is how the gateway process starts, before any dependency is loaded', () => {
    const main = readFileSync(join(ROOT, 'gateway/src/main.ts'), 'utf8');
    const firstImport = /^import .*$/m.exec(main)?.[0];
    expect(firstImport).toBe("import './ownSourceMapsOnly';");
  });
});
