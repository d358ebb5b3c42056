import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNRELEASED_HEADING, unreleasedSection } from './acknowledgements';
import type { SchemaCheckReport } from './runSchemaCheck';
import { RELEASE_FILE, SUPERGRAPH_FILE, type ReleaseInfo, type SchemaSnapshot } from './schemaSnapshot';

/** What the changelog's Unreleased section says while it is empty. */
const UNRELEASED_PLACEHOLDER =
  '<!-- Changes since the last release. Acknowledge each breaking change npm run schema:check reports with a line\n' +
  '     `- BREAKING <schema>: <description as printed> — why, and what partners must do`. -->';

const CHANGELOG_HEAD = `# Schema changelog

Changes to the graph the gateway serves (\`supergraph\`) and to each subgraph's contract, one section per release
cut with \`npm run schema:release\`; the released SDLs are in \`schema/released/\`. \`npm run schema:check\` fails on
a breaking change that the Unreleased section does not acknowledge (see docs/DEVELOPING.md, "Changing a schema").
`;

/** The changelog with the Unreleased section's lines moved under a new release's heading, and a fresh Unreleased. */
function releasedChangelog(changelog: string, release: ReleaseInfo, report: SchemaCheckReport): string {
  const base = changelog.includes(UNRELEASED_HEADING)
    ? changelog
    : `${CHANGELOG_HEAD}\n${UNRELEASED_HEADING}\n`;
  const lines = base.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED_HEADING);
  const section = unreleasedSection(base);
  const noted = section.join('\n').replace(UNRELEASED_PLACEHOLDER, '').trim();
  const dangerous = report.changes.filter((change) => change.level === 'dangerous');
  const summary = report.release
    ? `Since ${report.release.version}: ${report.changes.length - dangerous.length} breaking and ${dangerous.length} dangerous change(s).`
    : 'The first release: the baseline later changes are checked against.';
  const released = [
    UNRELEASED_HEADING,
    '',
    UNRELEASED_PLACEHOLDER,
    '',
    `## ${release.version} (${release.releasedOn})`,
    '',
    summary,
    ...(noted ? ['', noted] : []),
    ...dangerous.map((change) => `- dangerous ${change.schema}: ${change.description}`),
    '',
  ];
  return [...lines.slice(0, start), ...released, ...lines.slice(start + 1 + section.length)].join('\n');
}

/**
 * Cuts a release: writes the current subgraph SDLs and supergraph into `releasedDir` (replacing the last
 * release), names it in release.json, and moves the changelog's Unreleased notes under the release's heading.
 * Refuses when the check does not pass, so that only a schema whose breaking changes are acknowledged, and which
 * every known client operation still validates against, is ever released.
 */
export function cutRelease(options: {
  current: SchemaSnapshot;
  releasedDir: string;
  changelogPath: string;
  release: ReleaseInfo;
  report: SchemaCheckReport;
}): void {
  const { current, releasedDir, changelogPath, release, report } = options;
  if (!report.passed) throw new Error('schema:check does not pass: fix or acknowledge what it reports first');
  if (report.release?.version === release.version)
    throw new Error(`release ${release.version} already exists: name the new one (--version)`);
  mkdirSync(releasedDir, { recursive: true });
  for (const file of readdirSync(releasedDir)) if (file.endsWith('.graphql')) rmSync(join(releasedDir, file));
  for (const subgraph of current.subgraphs)
    writeFileSync(join(releasedDir, `${subgraph.name}.graphql`), subgraph.sdl);
  writeFileSync(join(releasedDir, SUPERGRAPH_FILE), current.supergraphSdl);
  writeFileSync(join(releasedDir, RELEASE_FILE), `${JSON.stringify(release, null, 2)}\n`);
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
  writeFileSync(changelogPath, releasedChangelog(changelog, release, report));
}
