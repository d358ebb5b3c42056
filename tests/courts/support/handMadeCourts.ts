import { Readable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { crownCourtMigrations } from '../../../subgraphs/courts/src/store/crownCourtMigrations';
import type { CrownCaseTable, CrownCourtTables } from '../../../subgraphs/courts/src/store/crownCourtTables';
import { foldedDefendantNames } from '../../../subgraphs/courts/src/store/foldedDefendantNames';
import { magistratesMigrations } from '../../../subgraphs/courts/src/store/magistratesMigrations';
import { caseFileDocuments } from '../../../seed/caseFiles/caseFileDocuments';
import { freshTestStores } from '../../support/freshTestStores';
import type { DocumentContentStore } from '../../../subgraphs/courts/src/documents/documentContentStore';
import { documentsDirOf } from '../../../subgraphs/courts/src/documents/documentSettings';
import { fileContentStore } from '../../../subgraphs/courts/src/documents/fileContentStore';
import { postgresContentStore } from '../../../subgraphs/courts/src/documents/postgresContentStore';
import type {
  MagistratesOffenceTable,
  MagistratesTables,
} from '../../../subgraphs/courts/src/store/magistratesTables';

/**
 * A hearing written by hand: an instant, for a hearing held (its outcome ADJOURNED), or the instant and the outcome
 * recorded (null: none yet).
 */
export type HandMadeHearing = string | { startsAt: string; outcome: string | null };

function hearingOf(made: HandMadeHearing): { startsAt: string; outcome: string | null } {
  return typeof made === 'string' ? { startsAt: made, outcome: 'ADJOURNED' } : made;
}

/** A magistrates' case written by hand, with the Crown Court case it was sent to on paper, if any. */
export interface HandMadeCase {
  urn: string;
  courtCode: string;
  pncId?: string | null;
  chargedOn?: string;
  offences?: Pick<MagistratesOffenceTable, 'modeOfTrial' | 'plea' | 'verdict'>[];
  /** The magistrates' hearings. */
  hearings?: HandMadeHearing[];
  crown?: {
    caseNumber: string;
    courtCode: string;
    receivedOn: string;
    sendingType?: CrownCaseTable['sendingType'];
    /** The sending court the Crown Court recorded: the magistrates' court of the case unless given (null: none). */
    committingCourtCode?: string | null;
    /** The Crown Court hearings. */
    hearings?: HandMadeHearing[];
  };
}

/** An either-way theft, not yet pleaded to: a case that may be sent for trial. */
export const EITHER_WAY_THEFT = { modeOfTrial: 'EITHER_WAY', plea: null, verdict: null } as const;

/**
 * A folder standing for magistrates' and Crown Court stores holding exactly these cases (each with its case
 * file), and nothing else, on the
 * harness's engine (SQLite files in it, or PostgreSQL schemas recorded in it).
 */
export async function handMadeDataDir(cases: readonly HandMadeCase[]): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-courts-'));
  const stores = freshTestStores(dataDir);
  const magistrates = openDatabase<MagistratesTables>(stores.magistrates);
  const crown = openDatabase<CrownCourtTables>(stores.crown);
  try {
    await migrateToLatest(magistrates.db, magistratesMigrations);
    await migrateToLatest(crown.db, crownCourtMigrations);
    const content =
      magistrates.dialect === 'postgres'
        ? postgresContentStore(magistrates.db)
        : fileContentStore(documentsDirOf(dataDir));
    await writeHandMadeCases(magistrates.db, crown.db, cases, content);
  } finally {
    await magistrates.close();
    await crown.close();
  }
  return dataDir;
}

/**
 * Writes hand-made cases into migrated magistrates' and Crown Court stores, on either engine, each case file's
 * bytes into the magistrates' content store.
 */
export async function writeHandMadeCases(
  magistratesDb: Kysely<MagistratesTables>,
  crownDb: Kysely<CrownCourtTables>,
  cases: readonly HandMadeCase[],
  content: DocumentContentStore,
): Promise<void> {
  for (const [index, made] of cases.entries()) {
    const names = { defendantFirstName: 'Alex', defendantLastName: `Example${index + 1}` };
    const defendant = {
      ...names,
      ...foldedDefendantNames(names),
      defendantDateOfBirth: '1990-01-01',
      defendantPncId: made.pncId ?? null,
      defendantCroNumber: null,
    };
    const found = {
      urn: made.urn,
      courtCode: made.courtCode,
      ...defendant,
      chargedOn: made.chargedOn ?? '2026-01-05',
      allocationDecision: null,
      bailStatus: 'UNCONDITIONAL_BAIL',
      outcome: made.crown ? 'COMMITTED_TO_CROWN' : 'ADJOURNED',
      sentToCrownCourtCode: made.crown?.courtCode ?? null,
      sentToCrownCaseNumber: made.crown?.caseNumber ?? null,
    } as const;
    await magistratesDb.insertInto('magistratesCase').values(found).execute();
    const offences = (made.offences ?? [EITHER_WAY_THEFT]).map((offence, sequence) => ({
      urn: made.urn,
      sequence: sequence + 1,
      code: offence.modeOfTrial === 'SUMMARY_ONLY' ? 'CJ88116' : 'TH68010',
      wording: offence.modeOfTrial === 'SUMMARY_ONLY' ? 'Assault by beating' : 'Theft from a shop',
      committedOn: '2026-01-01',
      ...offence,
    }));
    for (const offence of offences)
      await magistratesDb.insertInto('magistratesOffence').values(offence).execute();
    // Written with the case, as the seed writes every case's file: the store serves only what it holds.
    // An appeal reaches the Crown Court by notice of appeal: its file has no sending sheet.
    const sending =
      made.crown && made.crown.sendingType !== 'APPEAL'
        ? {
            crownCaseNumber: made.crown.caseNumber,
            crownCourtCode: made.crown.courtCode,
            sendingType: made.crown.sendingType ?? 'SENT_FOR_TRIAL',
            sentOn: made.crown.receivedOn,
          }
        : null;
    for (const document of caseFileDocuments(found, offences, sending)) {
      await content.put(Readable.from([document.content]));
      await magistratesDb
        .insertInto('caseDocument')
        .values({ ...document, content: null })
        .execute();
    }
    for (const hearing of made.hearings ?? []) {
      await magistratesDb
        .insertInto('magistratesHearing')
        .values({ urn: made.urn, courtCode: made.courtCode, type: 'FIRST_APPEARANCE', ...hearingOf(hearing) })
        .execute();
    }
    if (!made.crown) continue;
    await crownDb
      .insertInto('crownCase')
      .values({
        caseNumber: made.crown.caseNumber,
        urn: made.urn,
        courtCode: made.crown.courtCode,
        sendingType: made.crown.sendingType ?? 'SENT_FOR_TRIAL',
        committingCourtCode:
          made.crown.committingCourtCode === undefined ? made.courtCode : made.crown.committingCourtCode,
        receivedOn: made.crown.receivedOn,
        ...defendant,
        outcome: null,
        custodialSentenceMonths: null,
        confiscationAmountPence: null,
        confiscationOrderedOn: null,
      })
      .execute();
    for (const hearing of made.crown.hearings ?? []) {
      await crownDb
        .insertInto('crownHearing')
        .values({
          caseCourtCode: made.crown.courtCode,
          caseNumber: made.crown.caseNumber,
          courtCode: made.crown.courtCode,
          type: 'PLEA_AND_TRIAL_PREPARATION',
          ...hearingOf(hearing),
        })
        .execute();
    }
  }
}
