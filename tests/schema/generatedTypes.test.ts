import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

describe('the types generated from the schema', () => {
  // The resolvers and the journey page are type-checked against these files: stale ones would check them
  // against a contract that no longer holds.
  it('are what `npm run codegen` makes from the SDL and operations today', () => {
    const codegen = spawnSync(
      process.execPath,
      [resolve(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts', '--check'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    // On failure the output lists the stale files: run `npm run codegen` and commit them.
    expect({
      status: codegen.status,
      output: codegen.status === 0 ? '' : codegen.stdout + codegen.stderr,
    }).toEqual({
      status: 0,
      output: '',
    });
  });
});
