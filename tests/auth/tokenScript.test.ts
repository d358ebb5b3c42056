import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { readAuthConfig } from '@lib/auth/authConfig';
import { createAccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { createDevToken } from '../../scripts/token';
import { temporaryDataDir } from './support/testKeys';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');

async function verifyWithDefaults(dataDir: string, token: string) {
  return createAccessTokenVerifier(await readAuthConfig({ DATA_DIR: dataDir }))(`Bearer ${token}`);
}

describe('scripts/token.ts', () => {
  it('prints only a token, which the gateway accepts with its default settings', async () => {
    const dataDir = temporaryDataDir();
    const { stdout } = await run('npx', ['tsx', 'scripts/token.ts', '--agency', 'analyst'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    await expect(verifyWithDefaults(dataDir, stdout.trim())).resolves.toEqual({
      subject: 'dev-analyst',
      agency: 'analyst',
      scopes: new Set(['aggregates:read', 'schema:introspect']),
      caseload: null,
    });
  });

  it('refuses an unknown agency on stderr, printing no token', async () => {
    const failure = await run('npx', ['tsx', 'scripts/token.ts', '--agency', 'mi5'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: temporaryDataDir() },
    }).catch((error: unknown) => error as { code: number; stdout: string; stderr: string });
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(
      /unknown agency "mi5"; choose one of offender-manager, court-staff/,
    );
  });

  it('narrows the scopes and sets caseload, subject and lifetime as asked', async () => {
    const dataDir = temporaryDataDir();
    const token = await createDevToken(
      [
        '--agency',
        'prison-staff',
        '--scopes',
        'custody:read visits:read',
        '--caseload',
        'lei,MDI',
        '--subject',
        'alice',
        '--expires',
        '8h',
      ],
      { DATA_DIR: dataDir },
    );
    await expect(verifyWithDefaults(dataDir, token)).resolves.toEqual({
      subject: 'alice',
      agency: 'prison-staff',
      scopes: new Set(['custody:read', 'visits:read']),
      caseload: ['LEI', 'MDI'],
    });
    const { iat, exp } = decodeJwt(token);
    expect((exp ?? 0) - (iat ?? 0)).toBe(8 * 3600);
  });

  it.each([
    [['--scopes', 'aggregates:read'], /--agency is required/],
    [
      ['--agency', 'careers-service', '--scopes', 'education:read everything:write'],
      /unknown scope\(s\) everything:write/,
    ],
    [['--agency', 'prison-staff'], /prison-staff tokens need a caseload/],
    [['--agency', 'prison-staff', '--caseload', 'LEEDS'], /prison codes such as LEI,MDI/],
    [['--agency', 'analyst', '--expires', 'soon'], /--expires takes a period/],
  ])('refuses %j', async (argv, message) => {
    await expect(createDevToken(argv, { DATA_DIR: temporaryDataDir() })).rejects.toThrow(message);
  });
});
