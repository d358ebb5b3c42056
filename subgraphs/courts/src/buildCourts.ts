import { consoleWarning } from '@lib/subgraph/consoleWarning';
import { dirname } from 'node:path';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { createCaseDocuments } from './documents/caseDocuments';
import { createContentSweep } from './documents/contentSweep';
import { type DocumentSettings, readDocumentSettings } from './documents/documentSettings';
import { moveLegacyContent } from './documents/legacyContentMove';
import { openDatabase } from '@lib/store/openDatabase';
import { createCaseTransfers, type TransferStores } from './services/caseTransfers';
import { createCrownCaseResponses } from './services/crownCaseResponses';
import { createCrownHearingListing } from './services/crownHearingListing';
import { createClosedSendingStore } from './store/closedSendingStore';
import { createCrownCaseResponseStore } from './store/crownCaseResponseStore';
import type { TransferLog } from './services/transferDriver';
import { createCourtsStore } from './store/courtsStore';
import { crownCourtMigrations } from './store/crownCourtMigrations';
import type { CrownCourtTables } from './store/crownCourtTables';
import { createCrownTransferStore } from './store/crownTransferStore';
import { magistratesMigrations } from './store/magistratesMigrations';
import type { MagistratesTables } from './store/magistratesTables';
import { createMagistratesTransferStore } from './store/magistratesTransferStore';
import { recordPaperSendingCentres } from './store/paperSendingCentres';
import { createRecordCorrectionsStore } from './store/recordCorrectionsStore';
import { createWaitingTimesStore } from './store/waitingTimesStore';

/** Where the courts subgraph's two systems keep their data. */
export interface CourtsLocations {
  magistrates: string;
  crown: string;
  /**
   * The case documents' limits and content folder; by default, read from no settings, with the folder beside a
   * SQLite magistrates' store (`magistrates-documents`).
   */
  documents?: DocumentSettings;
}

/** What the courts subgraph can be built with besides its stores' locations; all optional. */
export interface CourtsOptions {
  /** The clock (default the system clock): the day of sending, the year that numbers a case, waiting times. */
  now?: () => Date;
  /**
   * Wraps the stores a transfer writes to, for instance to make one fail half-way in a test: the transfers
   * service, and the recovery run at start-up, use what this returns.
   */
  wrapTransferStores?: (stores: TransferStores) => TransferStores;
  /**
   * Where transfer failures, and what the sweep of unreferenced document content removed, are reported: the
   * process's structured log in a running subgraph, the console when built directly.
   */
  log?: TransferLog;
}

/**
 * The composition root of the courts subgraph: opens and migrates both court systems' stores, recovers transfers
 * a previous run left unfinished, and builds the services.
 */
export async function buildCourts(locations: CourtsLocations, options: CourtsOptions = {}) {
  const now = options.now ?? (() => new Date());
  const magistrates = openDatabase<MagistratesTables>(locations.magistrates);
  const crown = openDatabase<CrownCourtTables>(locations.crown);
  await migrateToLatest(magistrates.db, magistratesMigrations);
  await migrateToLatest(crown.db, crownCourtMigrations);
  // Cases sent on paper before each centre numbered its own learn their centre before anything is served.
  await recordPaperSendingCentres(magistrates.db, crown.db);
  const stores: TransferStores = {
    magistrates: createMagistratesTransferStore(magistrates.db),
    crown: createCrownTransferStore(crown.db),
  };
  const log = options.log ?? consoleWarning('courts');
  const documents = createCaseDocuments(
    magistrates,
    locations.documents ?? readDocumentSettings({}, dirname(locations.magistrates)),
  );
  // Bytes an older version kept in the rows go to the content store before anything is served.
  await moveLegacyContent(magistrates.db, documents.content);
  const transfers = createCaseTransfers(options.wrapTransferStores?.(stores) ?? stores, now, log);
  await transfers.recover();
  const crownResponses = createCrownCaseResponseStore(crown.db);
  const responses = createCrownCaseResponses(
    {
      responses: crownResponses,
      closedSendings: createClosedSendingStore(magistrates.db),
      crown: stores.crown,
      magistrates: stores.magistrates,
    },
    now,
    log,
  );
  // Returns and withdrawals the magistrates' store did not record before the last stop.
  await responses.recover();
  // Once the legacy content is moved (to its documents) and nothing can fail the start: its timer, the first sweep
  // one interval from now, in the background while uploads are served.
  const contentSweep = createContentSweep(documents, log);
  contentSweep.start();
  return {
    databases: { magistrates, crown },
    store: createCourtsStore(magistrates, crown),
    documents,
    contentSweep,
    transfers,
    responses,
    hearingListing: createCrownHearingListing(crownResponses, stores.crown, stores.magistrates, now),
    waitingTimes: createWaitingTimesStore(magistrates.db, crown.db),
    recordCorrections: createRecordCorrectionsStore(crown.db),
    // PostgreSQL locks a correction being completed; SQLite runs one write transaction at a time anyway.
    locksRows: crown.dialect === 'postgres',
    now,
    close: async () => {
      await contentSweep.stop();
      await magistrates.close();
      await crown.close();
    },
  };
}

/** Everything the courts subgraph is built from. */
export type Courts = Awaited<ReturnType<typeof buildCourts>>;
