import { readFileSync } from 'node:fs';
import { changeKey, type SchemaChange } from './schemaChanges';

/** The heading of schema/CHANGELOG.md's section for changes not yet released. */
export const UNRELEASED_HEADING = '## Unreleased';
/** What starts the line that acknowledges one breaking change. */
export const ACKNOWLEDGEMENT_PREFIX = '- BREAKING ';

/** The lines of the changelog's Unreleased section: from its heading to the next `## ` heading. */
export function unreleasedSection(changelog: string): string[] {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED_HEADING);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * The line schema/CHANGELOG.md needs, in its Unreleased section, to acknowledge a breaking change:
 * `- BREAKING <schema>: <description as schema:check prints it>`, then, on the same line, why it is made and what
 * partners must do (`— …`).
 */
export function acknowledgementLine(change: SchemaChange): string {
  return `${ACKNOWLEDGEMENT_PREFIX}${changeKey(change)}`;
}

/** The breaking changes among `changes` that the Unreleased section of the changelog does not acknowledge. */
export function unacknowledged(changes: readonly SchemaChange[], changelogPath: string): SchemaChange[] {
  let changelog = '';
  try {
    changelog = readFileSync(changelogPath, 'utf8');
  } catch {
    // No changelog acknowledges nothing.
  }
  const lines = unreleasedSection(changelog).map((line) => line.trim());
  return changes.filter(
    (change) =>
      change.level === 'breaking' && !lines.some((line) => line.startsWith(acknowledgementLine(change))),
  );
}
