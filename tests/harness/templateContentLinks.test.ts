import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { openDatabase } from '@lib/store/openDatabase';
import { documentsDirOf } from '../../subgraphs/courts/src/documents/documentSettings';
import { contentPath } from '../../subgraphs/courts/src/documents/fileContentStore';
import type { MagistratesTables } from '../../subgraphs/courts/src/store/magistratesTables';
import { alterContentFile } from '../courts/support/alteredContent';
import { seededDataDir } from '../support/seededDataDir';
import { sqliteTemplateDir } from '../support/sqliteTemplate';
import { testStoreEngine } from '../support/storeEngine';
import { testStoreLocation } from '../support/testStoreLocations';

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// Each test file's SQLite stores are copies of the run's seeded template, their case documents' content files hard
// links to the template's (tests/support/sqliteTemplate.ts): quick to make, and safe only while no test writes
// into one. This shows a test altering stored bytes as the suites do changes its own stores alone.
// Only where the harness runs on SQLite (TEST_STORE_ENGINE=postgres moves every store to PostgreSQL).
const onSqlite = testStoreEngine() === 'sqlite' ? it : it.skip;

describe("a test file's seeded content files", () => {
  onSqlite(
    'are links to the run template, and bytes altered in one file set reach neither the template nor another',
    async () => {
      const templateDir = sqliteTemplateDir();
      expect(templateDir).not.toBeNull();
      const [mine, another] = [(await seededDataDir()).dataDir, (await seededDataDir()).dataDir];
      const magistrates = openDatabase<MagistratesTables>(testStoreLocation(mine, 'magistrates'));
      const { sha256 } = await magistrates.db
        .selectFrom('caseDocument')
        .select('sha256')
        .executeTakeFirstOrThrow()
        .finally(() => magistrates.close());
      const inTemplate = contentPath(documentsDirOf(templateDir ?? ''), sha256);
      // The template's file, and the two file sets' links to it.
      expect(statSync(inTemplate).nlink).toBeGreaterThanOrEqual(3);

      alterContentFile(documentsDirOf(mine), sha256);

      expect(hashOf(contentPath(documentsDirOf(mine), sha256))).not.toBe(sha256);
      expect(hashOf(inTemplate)).toBe(sha256);
      expect(hashOf(contentPath(documentsDirOf(another), sha256))).toBe(sha256);
    },
  );
});
