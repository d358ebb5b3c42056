import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clientDocuments, type ClientDocument } from '../../scripts/schemaCheck/clientDocuments';
import { cutRelease } from '../../scripts/schemaCheck/cutRelease';
import { formatReport } from '../../scripts/schemaCheck/formatReport';
import { repositorySources, runSchemaCheck } from '../../scripts/schemaCheck/runSchemaCheck';
import type { SchemaSnapshot } from '../../scripts/schemaCheck/schemaSnapshot';

const ROOT = resolve(__dirname, '../..');

/** A small subgraph in the shape of the real ones: a federation link, an entity, an enum. */
function probationSdl(officerFields: string, statuses: string): string {
  return `#graphql
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
"""Root."""
type Query {
  """Officers."""
  officers: [Officer!]!
}
"""An officer."""
type Officer @key(fields: "id") {
  """Id."""
  id: ID!
  ${officerFields}
}
"""Status."""
enum OfficerStatus {
  ${statuses}
}
`;
}

const RELEASED = probationSdl(
  '"""Name."""\n  name: String\n  """Status."""\n  status: OfficerStatus',
  'ACTIVE\n  RETIRED',
);
const NAME_REMOVED = probationSdl('"""Status."""\n  status: OfficerStatus', 'ACTIVE\n  RETIRED');
const STATUS_ADDED = probationSdl(
  '"""Name."""\n  name: String\n  """Status."""\n  status: OfficerStatus',
  'ACTIVE\n  RETIRED\n  SUSPENDED',
);

const snapshot = (sdl: string): SchemaSnapshot => ({
  subgraphs: [{ name: 'probation', sdl }],
  supergraphSdl: '# not read by the check\n',
});
const ids = {
  source: 'operations/probation/Officers.graphql',
  body: 'query Officers { officers { id status } }',
};
const names = { source: 'operations/probation/Names.graphql', body: 'query Names { officers { name } }' };

describe('npm run schema:check', () => {
  let scratch: string;
  let releasedDir: string;
  let changelogPath: string;

  /** Writes `lines` into the changelog under `heading` (its Unreleased section unless another is named). */
  const noteInChangelog = (lines: string[], heading = '## Unreleased') =>
    writeFileSync(
      changelogPath,
      readFileSync(changelogPath, 'utf8').replace(`${heading}\n`, `${heading}\n\n${lines.join('\n')}\n`),
    );

  const check = (current: string, documents: ClientDocument[] = [ids]) =>
    runSchemaCheck({ current: snapshot(current), releasedDir, changelogPath, documents });

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'schema-check-'));
    releasedDir = join(scratch, 'released');
    changelogPath = join(scratch, 'CHANGELOG.md');
    const first = check(RELEASED);
    cutRelease({
      current: snapshot(RELEASED),
      releasedDir,
      changelogPath,
      release: { version: '1.0.0', releasedOn: '2026-12-01' },
      report: first,
    });
  });

  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('passes an unchanged schema, with nothing to report', () => {
    const report = check(RELEASED, [ids, names]);
    expect(report).toMatchObject({ passed: true, changes: [], invalidDocuments: [] });
    expect(report.release).toEqual({ version: '1.0.0', releasedOn: '2026-12-01' });
  });

  it('fails on a field removed, in the graph callers see and in the subgraph, and says how to acknowledge it', () => {
    const report = check(NAME_REMOVED);
    expect(report.passed).toBe(false);
    expect(
      report.unacknowledged.map((change) => `${change.schema} ${change.type} ${change.description}`),
    ).toEqual([
      'supergraph FIELD_REMOVED Officer.name was removed.',
      'probation FIELD_REMOVED Officer.name was removed.',
    ]);
    const printed = formatReport(report, 1);
    expect(printed).toContain(
      '- BREAKING supergraph: Officer.name was removed. — <why, and what partners must do>',
    );
    expect(printed).toContain('schema:check FAILED');
  });

  it('passes a breaking change once the Unreleased section of the changelog acknowledges it', () => {
    noteInChangelog([
      '- BREAKING supergraph: Officer.name was removed. — names move to the HR system; partners were told on 2026-11-20.',
      '- BREAKING probation: Officer.name was removed. — as above.',
    ]);
    const report = check(NAME_REMOVED);
    expect(report.unacknowledged).toEqual([]);
    expect(report.changes.filter((change) => change.level === 'breaking')).toHaveLength(2);
    expect(report.passed).toBe(true);
    expect(formatReport(report, 1)).toContain(
      'acknowledged FIELD_REMOVED supergraph: Officer.name was removed.',
    );
  });

  it('does not take an acknowledgement under a released heading, or one for another schema, for this change', () => {
    noteInChangelog(
      ['- BREAKING supergraph: Officer.name was removed. — an older release'],
      '## 1.0.0 (2026-12-01)',
    );
    noteInChangelog(['- BREAKING courts: Officer.name was removed.']);
    expect(check(NAME_REMOVED).unacknowledged).toHaveLength(2);
  });

  it('lists a value added to an enum as dangerous, without failing', () => {
    const report = check(STATUS_ADDED);
    expect(report.passed).toBe(true);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ schema: 'supergraph', level: 'dangerous', type: 'VALUE_ADDED_TO_ENUM' }),
      ]),
    );
  });

  it('fails on a registered operation that the new graph would refuse, even when the change is acknowledged', () => {
    noteInChangelog([
      '- BREAKING supergraph: Officer.name was removed.',
      '- BREAKING probation: Officer.name was removed.',
    ]);
    const report = check(NAME_REMOVED, [ids, names]);
    expect(report.passed).toBe(false);
    expect(report.invalidDocuments).toEqual([
      { source: names.source, errors: ['Cannot query field "name" on type "Officer".'] },
    ]);
  });

  it('cuts a release: the new SDL becomes the baseline and the acknowledgements move under its heading', () => {
    noteInChangelog([
      '- BREAKING supergraph: Officer.name was removed. — names move to HR.',
      '- BREAKING probation: Officer.name was removed.',
    ]);
    const release = { version: '2.0.0', releasedOn: '2026-12-07' };
    cutRelease({
      current: snapshot(NAME_REMOVED),
      releasedDir,
      changelogPath,
      release,
      report: check(NAME_REMOVED),
    });
    const changelog = readFileSync(changelogPath, 'utf8');
    const unreleased = changelog.slice(changelog.indexOf('## Unreleased'), changelog.indexOf('## 2.0.0'));
    expect(unreleased).not.toContain('- BREAKING supergraph');
    expect(changelog).toMatch(
      /## 2\.0\.0 \(2026-12-07\)\n\nSince 1\.0\.0: 2 breaking and 0 dangerous change\(s\)\.\n\n- BREAKING supergraph: Officer\.name was removed\. — names move to HR\./,
    );
    expect(check(NAME_REMOVED)).toMatchObject({ passed: true, changes: [], release });
    // Once released, bringing the field back is an addition, not a change to anything released.
    expect(check(RELEASED).changes).toEqual([]);
  });

  it('refuses to cut a release while the check fails', () => {
    expect(() =>
      cutRelease({
        current: snapshot(NAME_REMOVED),
        releasedDir,
        changelogPath,
        release: { version: '2.0.0', releasedOn: '2026-12-07' },
        report: check(NAME_REMOVED),
      }),
    ).toThrow('schema:check does not pass');
    expect(readFileSync(join(releasedDir, 'probation.graphql'), 'utf8')).toBe(RELEASED);
  });
});

describe("this repository's schema against its last release", () => {
  it('passes, checking every registered operation, manifest, GraphiQL example and the journey page', () => {
    const documents = clientDocuments(ROOT);
    const sources = documents.map((document) => document.source);
    expect(sources.filter((source) => source.startsWith('operations/')).length).toBeGreaterThanOrEqual(18);
    expect(sources.filter((source) => source.startsWith('trusted-documents/')).length).toBeGreaterThanOrEqual(
      18,
    );
    expect(sources.some((source) => source.startsWith('GraphiQL example'))).toBe(true);
    expect(documents.find((document) => document.source.includes('journey page'))?.body).toContain(
      'query CaseworkerJourney',
    );
    const report = runSchemaCheck(repositorySources(ROOT, documents));
    expect(report.release).not.toBeNull();
    expect({ unacknowledged: report.unacknowledged, invalid: report.invalidDocuments }).toEqual({
      unacknowledged: [],
      invalid: [],
    });
  });
});
