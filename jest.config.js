/**
 * Jest runs the TypeScript tests under tests/ with ts-jest; integration tests boot real HTTP servers.
 *
 * Two projects, one per store engine (`npx jest --selectProjects sqlite|postgres` runs one):
 * - sqlite: every test, each store an embedded SQLite file in a temporary folder.
 * - postgres: the tests that touch stores, again, with every store (the audit log included) on the PostgreSQL
 *   server at TEST_POSTGRES_URL (default postgres://127.0.0.1:5432/test, as on CI), in schemas made for the run
 *   and dropped at its end. The stores are seeded once per run and copied per test file
 *   (tests/support/postgres/). An unreachable server fails the run; nothing is skipped.
 */

// Every test process, and every service a test starts, runs with the outbound trap; see the module.
require('./tests/support/jest/outboundTrapForRun').putOutboundTrapIntoTheRun();

const common = {
  // Node's, which also stops, after each file, a system it started and left running (a start that outlived a
  // timed-out hook): tests/support/leftRunning.ts.
  testEnvironment: '<rootDir>/tests/support/jest/stopLeftRunningEnvironment.ts',
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // jose and faker ship only ES modules, which Jest cannot require on Node 20: they are transpiled too.
    '^.+/node_modules/(jose|@faker-js/faker)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|@faker-js/faker)/)'],
  moduleNameMapper: { '^@lib/(.*)$': '<rootDir>/lib/$1' },
  // Drops the PostgreSQL run's schemas at the end, when one was started.
  globalTeardown: '<rootDir>/tests/support/jest/storesGlobalTeardown.ts',
};

/**
 * What runs on PostgreSQL too: every suite whose behaviour goes through a store (the harness puts all of them
 * on the engine of the project). Left to the SQLite project alone, because they never open a store or open one
 * on purpose as SQLite:
 * - identifiers, auth (token parsing and keys), schema (composition), audit/auditHash and groupCommit (pure
 *   functions), confiscation interest and order checks, courts sending rules, visit rules (plain functions),
 *   seed generation, case files and invariants (in memory), the disclosure-control policy (statistics/
 *   disclosureControl);
 * - audit/auditLog, courts/transferStores, courts/nationalYearNumbering, courts/caseNumbersPerCentreMigration,
 *   store/sentenceCourtCodeMigration, store/foldedNamesMigration, store/resolutionCentreMigration,
 *   courts/contentSweepRaces and confiscation/storedOrders, which already run each case on both engines themselves;
 * - confiscation/enforcementOnPostgres and visits/bookingReplicas, which are PostgreSQL-only whatever the
 *   project;
 * - audit/auditScale and auditVerifyCli (SQLite file sizes and missing-file paths), seed/seedStores (the
 *   SQLite files `npm run seed` writes);
 * - browser (the pages see the graph, not the stores: the journey and booking they drive run on PostgreSQL in
 *   the journey and visits suites);
 * - to keep `npm test` inside its time on two cores, the suites that start a seeded system but test the gateway
 *   in front of it, whatever the stores: access tokens, operation limits, trusted documents, the subgraph
 *   credential, lookup errors, misbehaving, slow or killed subgraphs, shutdown, metrics and hot reload. The
 *   store-touching suites that matter run on both: the journey and its batching, searches by name, row-level
 *   access, the audit trail and the officer's look-up of a person in it, a store down, courts transfers, confiscation, learning, visits and the harness itself.
 */
const postgresSuites = [
  'access/agencyProfiles',
  'access/auditPersonLookup',
  'access/auditTrail',
  'access/caseloadEveryField',
  'confiscation/collectionFigures',
  'confiscation/courtRecordChecks',
  'confiscation/discrepancyReport',
  // The workflow: the seed manifest's faults resolved through the graph; the court's error and explanations;
  // amendments, reversals and the results of enforcement actions.
  'confiscation/discrepancyResolution',
  'confiscation/courtCorrections',
  'confiscation/orderWorkflow',
  // An order moved to the Crown Court centre that made it: its history, court record, refusals and retries.
  'confiscation/courtAmendment',
  'confiscation/enforcementMutations',
  // A new order recorded through the graph: account numbers, refusals, two clerks at once, its event.
  'confiscation/orderRecording',
  'confiscation/enforcementTimeline',
  'courts/caseDocumentMemory',
  'courts/caseDocuments',
  // The sweep of content no document refers to: each engine's store, raced by uploads.
  'courts/caseDocumentSweep',
  'courts/caseNumbersPerCentre',
  'courts/caseTransfer',
  'courts/crownCourtAnswers',
  'courts/crownCourtAnswersRecovery',
  'courts/defendantSearch',
  'courts/transferFailures',
  'courts/transferRaces',
  'courts/transferRules',
  'courts/waitingTimes',
  'courts/waitingTimesDisclosure',
  'courts/waitingTimesHeldHearings',
  // Receptions, transfers and releases: their rules, their races on each engine's locks, and who reads them after.
  'custody/**',
  // Events: outboxes, relays, the log and deliveries, on each engine (and each on JetStream too).
  'events/**',
  'journey/entityBatching',
  'journey/offenderJourney',
  'journey/prisonerSearch',
  'journey/subgraphDown',
  'learning/**',
  'resilience/storeUnavailable',
  // The seed's enforcement rates, measured from a confiscation store it wrote.
  'seed/collectionRates',
  // A store locked, its connections terminated, its server cut off: recovery without a restart.
  'resilience/storeRecovery',
  'visits/bookingAccess',
  'visits/bookingConcurrency',
  // A visits process killed mid-booking: on PostgreSQL the server rolls back what was in flight.
  'visits/bookingDurability',
  'visits/bookingRules',
  // Visiting-order balances, their grants and the days a prison closes visits, against the seeded ledger.
  'visits/visitingAllowance',
  'visits/blockedDates',
  // The proof a member of the public gives before booking, attacked: links, their limits, visitors' approval.
  'visits/publicBookerProof',
  // Every analyst figure, generically, over the seeded stores: the counts come from SQL on either engine.
  'statistics/everyAnalystFigure',
  // A traced journey: store statements are the pg instrumentation's spans on PostgreSQL, the store's own on SQLite.
  'observability/tracing',
  // bench:bookings at a tiny size: its contended share through two gateway replicas behind a round-robin.
  'bench/bookingContention',
  // Two gateway replicas appending to one audit log, on each engine.
  'audit/auditReplicas',
  // A request's opening and closing audit records, and when its answer waits for the closing one.
  'audit/openingRecord',
  // The harness itself on PostgreSQL: this project only.
  'postgres/**',
].map((suite) => `**/tests/${suite.endsWith('**') ? suite.replace('**', '*') : suite}.test.ts`);

module.exports = {
  testTimeout: 60_000,
  // A worker that holds more than this after a test file is replaced by a fresh one: each file's in-process
  // systems, compiled modules and stores left the workers growing over a full run until one ran out of memory
  // (tests/journey/subgraphDown, late in a 211-suite run), and full collections in a grown worker are slow.
  workerIdleMemoryLimit: '1GB',
  // How long jest waits for a worker to exit once the run is over before killing it ("A worker process has failed
  // to exit gracefully"). The workers end with no handle open (JEST_REPORT_LEFT_OPEN=1 names any a file leaves:
  // tests/support/jest/stopLeftRunningEnvironment.ts), but Node's exit then tears down the heap, which takes time
  // in proportion to it: 145 ms for 300 MB and 250 ms for 1.3 GB at load 4 on this machine, over jest's default
  // 500 ms under a full run's load. A handle truly left open still ends in the warning, after 5 s.
  workerGracefulExitTimeout: 5_000,
  projects: [
    {
      ...common,
      displayName: 'sqlite',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      // The relay woken across replicas is about PostgreSQL's notices alone: the postgres project runs it (events/**).
      testPathIgnorePatterns: [
        '/node_modules/',
        '/tests/postgres/',
        '/tests/events/relayWakeAcrossReplicas\\.test\\.ts$',
      ],
      // Prepares PostgreSQL only when TEST_STORE_ENGINE=postgres moves these stores there too.
      globalSetup: '<rootDir>/tests/support/jest/storesGlobalSetup.ts',
      testTimeout: 60_000,
    },
    {
      ...common,
      displayName: 'postgres',
      roots: ['<rootDir>/tests'],
      testMatch: postgresSuites,
      // Seeds the template stores once per run; every test file of the project then runs on PostgreSQL.
      globalSetup: '<rootDir>/tests/support/jest/postgresGlobalSetup.ts',
      setupFiles: ['<rootDir>/tests/support/jest/postgresEngine.ts'],
      testTimeout: 60_000,
    },
  ],
};
