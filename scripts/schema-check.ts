/**
 * `npm run schema:check`: compares each subgraph's SDL and the composed graph with the last release in
 * schema/released/, lists breaking and dangerous changes, checks every operation clients are known to send (the
 * partners' registered operations and their manifests, GraphiQL's examples, the journey page's) against the new
 * graph, and exits 1 on a breaking change that schema/CHANGELOG.md does not acknowledge or an operation the new
 * graph would refuse. .ci/run runs it.
 */
import { PROJECT_ROOT } from '@lib/config/projectRoot';
import { clientDocuments } from './schemaCheck/clientDocuments';
import { formatReport } from './schemaCheck/formatReport';
import { repositorySources, runSchemaCheck } from './schemaCheck/runSchemaCheck';

const documents = clientDocuments(PROJECT_ROOT);
const report = runSchemaCheck(repositorySources(PROJECT_ROOT, documents));
console.log(formatReport(report, documents.length));
process.exit(report.passed ? 0 : 1);
