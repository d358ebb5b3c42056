/**
 * `npm run token -- --agency <agency> [--scopes "a:read b:read"] [--caseload LEI,MDI] [--subject alice]
 * [--expires 8h]`: prints a development access token, signed with the development token issuer's key under
 * DATA_DIR, that the gateway accepts with its default settings. Only the token goes to stdout, so
 * `TOKEN=$(npm run -s token -- --agency analyst)` works.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { AGENCY_PROFILES, findAgencyProfile } from '@lib/auth/agencyProfiles';
import { DEFAULT_AUTH_AUDIENCE, DEFAULT_AUTH_ISSUER } from '@lib/auth/authConfig';
import { isScope, SCOPES } from '@lib/auth/caller';
import { DEV_KEY_ALGORITHM, ensureDevKeys } from '@lib/auth/devKeys';
import { readString } from '@lib/config/environment';
import { IDENTIFIER_FORMATS } from '@lib/identifiers/identifierFormats';

const USAGE = `Usage: npm run -s token -- --agency <agency> [options]

Prints a development access token for the gateway.

  --agency <agency>     one of: ${AGENCY_PROFILES.map((profile) => profile.agency).join(', ')}
  --scopes "<scopes>"   space- or comma-separated; default: the agency's profile
  --caseload <codes>    prison codes, comma-separated, e.g. LEI,MDI (required for prison-staff)
  --subject <name>      the token's sub (default: dev-<agency>)
  --expires <period>    lifetime such as 30m, 8h, 2d (default: 1h)`;

/** A refusal of the command line, printed without a stack trace. */
class UsageError extends Error {}

function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter((item) => item !== '');
}

/** Signs the token the command line asks for and returns it; throws a UsageError for a refused argument. */
export async function createDevToken(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      agency: { type: 'string' },
      scopes: { type: 'string' },
      caseload: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '1h' },
    },
    strict: true,
  });
  const agency = values.agency;
  if (agency === undefined) throw new UsageError('--agency is required');
  const profile = findAgencyProfile(agency);
  if (profile === undefined) {
    throw new UsageError(
      `unknown agency "${agency}"; choose one of ${AGENCY_PROFILES.map((known) => known.agency).join(', ')}`,
    );
  }

  const scopes = values.scopes === undefined ? [...profile.scopes] : splitList(values.scopes);
  const unknownScopes = scopes.filter((scope) => !isScope(scope));
  if (unknownScopes.length > 0) {
    throw new UsageError(
      `unknown scope(s) ${unknownScopes.join(', ')}; choose from ${SCOPES.map((scope) => scope.name).join(', ')}`,
    );
  }
  const beyondProfile = scopes.filter((scope) => !(profile.scopes as readonly string[]).includes(scope));
  if (beyondProfile.length > 0) {
    // Allowed, to try how the gateway treats an over-broad token, but worth saying: no real issuer would grant it.
    console.warn(`warning: ${agency}'s profile does not include ${beyondProfile.join(', ')}`);
  }

  const caseload = values.caseload === undefined ? undefined : splitList(values.caseload.toUpperCase());
  const badCodes = (caseload ?? []).filter((code) => !IDENTIFIER_FORMATS.prisonCode.pattern.test(code));
  if (badCodes.length > 0) {
    throw new UsageError(
      `--caseload takes prison codes such as LEI,MDI; "${badCodes.join(', ')}" is not one`,
    );
  }
  if (profile.requiresCaseload && caseload === undefined) {
    throw new UsageError(`${agency} tokens need a caseload: add --caseload, e.g. --caseload LEI,MDI`);
  }

  const { tokenIssuer } = await ensureDevKeys(resolve(readString(env, 'DATA_DIR', 'data')));
  const token = new SignJWT({
    agency,
    scope: [...new Set(scopes)].join(' '),
    ...(caseload ? { caseload } : {}),
  })
    .setProtectedHeader({ alg: DEV_KEY_ALGORITHM, kid: tokenIssuer.kid, typ: 'JWT' })
    .setSubject(values.subject ?? `dev-${agency}`)
    .setIssuer(readString(env, 'AUTH_ISSUER', DEFAULT_AUTH_ISSUER))
    .setAudience(readString(env, 'AUTH_AUDIENCE', DEFAULT_AUTH_AUDIENCE))
    .setIssuedAt();
  try {
    token.setExpirationTime(values.expires);
  } catch {
    throw new UsageError(`--expires takes a period such as 30m, 8h or 2d, got "${values.expires}"`);
  }
  return token.sign(tokenIssuer.privateKey);
}

// Only as the command itself (npm run token, dist/node/scripts/token.js): bundled into npm start's compiled
// supervisor, `module` is that bundle's and would be the main module too, printing a usage error on every start.
if (require.main === module && /[\\/]token\.[jt]s$/.test(process.argv[1] ?? '')) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
  } else {
    createDevToken(argv)
      .then((token) => process.stdout.write(`${token}\n`))
      .catch((error: unknown) => {
        // parseArgs reports unknown options with a TypeError whose message is already clear.
        const usage =
          error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
        console.error(`token: ${error instanceof Error ? error.message : String(error)}`);
        if (usage) console.error(`\n${USAGE}`);
        process.exitCode = usage ? 2 : 1;
      });
  }
}
