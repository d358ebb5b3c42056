import { acknowledgementLine } from './acknowledgements';
import type { SchemaCheckReport } from './runSchemaCheck';
import { changeKey } from './schemaChanges';

/** The report `npm run schema:check` prints: what changed, what blocks, and how to unblock it. */
export function formatReport(report: SchemaCheckReport, documentCount: number): string {
  const lines: string[] = [];
  lines.push(
    report.release
      ? `Compared with the released schema ${report.release.version} (${report.release.releasedOn}).`
      : 'No schema release in schema/released yet: nothing to compare (cut one with npm run schema:release).',
  );
  const breaking = report.changes.filter((change) => change.level === 'breaking');
  const dangerous = report.changes.filter((change) => change.level === 'dangerous');
  lines.push(`Breaking changes: ${breaking.length}`);
  for (const change of breaking) {
    const acknowledged = !report.unacknowledged.includes(change);
    lines.push(
      `  ${acknowledged ? 'acknowledged ' : 'NOT ACKNOWLEDGED '}${change.type} ${changeKey(change)}`,
    );
  }
  lines.push(`Dangerous changes (clients may behave differently; listed, not blocking): ${dangerous.length}`);
  for (const change of dangerous) lines.push(`  ${change.type} ${changeKey(change)}`);
  lines.push(`Client operations checked against the new graph: ${documentCount}`);
  for (const invalid of report.invalidDocuments)
    lines.push(`  INVALID ${invalid.source}:`, ...invalid.errors.map((error) => `    ${error}`));
  if (report.unacknowledged.length > 0) {
    lines.push(
      '',
      'A breaking change must be acknowledged in the "## Unreleased" section of schema/CHANGELOG.md, one line each,',
      'saying why it is made and what partners must do (see docs/DEVELOPING.md, "Changing a schema"):',
      ...report.unacknowledged.map(
        (change) => `${acknowledgementLine(change)} — <why, and what partners must do>`,
      ),
    );
  }
  lines.push('', report.passed ? 'schema:check passed' : 'schema:check FAILED');
  return lines.join('\n');
}
