/**
 * `npm run schema:release [-- --version <name>]`: cuts a schema release into schema/released/ (the subgraph SDLs
 * and the supergraph as they now are) and closes the Unreleased section of schema/CHANGELOG.md under it. The
 * version defaults to today's date. Refused while `npm run schema:check` does not pass.
 */
import { PROJECT_ROOT } from '@lib/config/projectRoot';
import { clientDocuments } from './schemaCheck/clientDocuments';
import { cutRelease } from './schemaCheck/cutRelease';
import { formatReport } from './schemaCheck/formatReport';
import { repositorySources, runSchemaCheck } from './schemaCheck/runSchemaCheck';

const today = new Date().toISOString().slice(0, 10);
const versionIndex = process.argv.indexOf('--version');
const version = versionIndex >= 0 ? process.argv[versionIndex + 1] : today;
if (!version || !/^[\w.-]+$/.test(version)) {
  console.error('Usage: npm run schema:release [-- --version <name: letters, digits, ".", "-", "_">]');
  process.exit(2);
}
const documents = clientDocuments(PROJECT_ROOT);
const sources = repositorySources(PROJECT_ROOT, documents);
const report = runSchemaCheck(sources);
try {
  cutRelease({ ...sources, release: { version, releasedOn: today }, report });
  console.log(`Released schema ${version} into schema/released/; schema/CHANGELOG.md updated.`);
} catch (error) {
  console.error(formatReport(report, documents.length));
  console.error(`\nNot released: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
