/**
 * `npm run trusted-documents`: builds each partner agency's manifest of registered operations, from
 * operations/<agency>/*.graphql to trusted-documents/<agency>.json, in Apollo's persisted-query manifest format.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildManifest, readOperationFiles } from '../gateway/src/trustedDocuments/persistedQueryManifest';
import { PROJECT_ROOT } from '@lib/config/projectRoot';

const root = PROJECT_ROOT;
const outputDir = resolve(root, 'trusted-documents');
mkdirSync(outputDir, { recursive: true });
for (const [agency, files] of readOperationFiles(resolve(root, 'operations'))) {
  const manifest = buildManifest(files);
  writeFileSync(resolve(outputDir, `${agency}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${agency}: ${manifest.operations.length} operation(s) -> trusted-documents/${agency}.json`);
}
