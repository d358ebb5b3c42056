import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GATEWAY_NODE_ARGUMENTS, GATEWAY_SOURCE_NODE_ARGUMENTS } from '../../gateway/src/nodeArguments';

const ROOT = join(__dirname, '../..');

describe('how node runs the gateway', () => {
  it('is the same for npm run start:gateway as for npm start and the benchmark', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['start:gateway']).toBe(
      `node ${GATEWAY_NODE_ARGUMENTS.join(' ')} dist/node/gateway/main.js`,
    );
  });

  it("loads every module of the gateway, its ES-module-only dependencies included, through tsx's CommonJS hook", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        ...GATEWAY_SOURCE_NODE_ARGUMENTS,
        '-e',
        "console.log(typeof require('./gateway/src/startGateway.ts').startGateway)",
      ],
      { cwd: ROOT },
    );
    expect(stdout.trim()).toBe('function');
  }, 60_000);
});
