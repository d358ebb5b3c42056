import { resolve } from 'node:path';
import { readManifests } from '../../../gateway/src/trustedDocuments/persistedQueryManifest';

const manifests = readManifests(resolve(__dirname, '../../../trusted-documents'));

/** The text of an operation the financial investigator registered, by name: partners may send nothing else. */
export function financialInvestigatorOperation(name: string): string {
  const operation = [...(manifests.get('financial-investigator')?.values() ?? [])].find(
    (candidate) => candidate.name === name,
  );
  if (!operation) throw new Error(`${name} is not registered for the financial investigator`);
  return operation.body;
}
