import { addDays, daysBetween, londonTimeToIso } from '@lib/time/londonTime';
import { LRUCache } from 'lru-cache';
import { courtOf } from '../../subgraphs/courts/src/services/courtOf';
import { sha256Of } from '../../subgraphs/courts/src/services/documentChecksum';
import { textPdf } from './minimalPdf';
import type {
  CaseDocumentKind,
  CaseDocumentTable,
  MagistratesCaseTable,
  MagistratesOffenceTable,
} from '../../subgraphs/courts/src/store/magistratesTables';
import {
  CAUTION,
  EARLIER_CONVICTIONS,
  EXHIBITS,
  FIRST_NAMES,
  FORCES,
  INTERVIEW_ANSWERS,
  OCCUPATIONS,
  randomFor,
  type Random,
  REPLIES_TO_CHARGE,
  SECTION_9_DECLARATION,
  SURNAMES,
  WITNESS_ACCOUNTS,
  WITNESS_ENDINGS,
} from './caseFileText';

type Case = Pick<
  MagistratesCaseTable,
  | 'urn'
  | 'courtCode'
  | 'defendantFirstName'
  | 'defendantLastName'
  | 'defendantDateOfBirth'
  | 'defendantPncId'
  | 'chargedOn'
  | 'bailStatus'
>;
type Offence = Pick<MagistratesOffenceTable, 'sequence' | 'code' | 'wording' | 'modeOfTrial' | 'committedOn'>;

/** How a case left the magistrates' court for the Crown Court, when it did. */
export interface CaseSending {
  crownCaseNumber: string;
  crownCourtCode: string;
  sendingType: 'SENT_FOR_TRIAL' | 'COMMITTED_FOR_SENTENCE';
  /** The date the magistrates sent it (the Crown Court received it the same day). */
  sentOn: string;
}

/** A document as written: the store adds nothing but the row. */
type Draft = { kind: CaseDocumentKind; title: string; author: string; createdAt: string; text: string };

const MODE_OF_TRIAL_TEXT = {
  SUMMARY_ONLY: 'summary only',
  EITHER_WAY: 'triable either way',
  INDICTABLE_ONLY: 'indictable only',
} as const;

/** London's offset from UTC on each date, in ms, looked up once per date (the lookup is slow; documents many). */
const offsets = new LRUCache<string, number>({ max: 10_000 });

function londonOffsetMs(date: string): number {
  let offset = offsets.get(date);
  if (offset === undefined) {
    offset = Date.parse(`${date}T12:00:00.000Z`) - Date.parse(londonTimeToIso(date, '12:00'));
    offsets.set(date, offset);
  }
  return offset;
}

/** A date from `from` to `to` (or `to` itself when `from` is later). */
function between(from: string, to: string, random: Random): string {
  return addDays(to, -random.int(0, Math.max(0, daysBetween(from, to))));
}

/** A time on a date in London, between two hours, on the five minutes, as an ISO instant. */
function at(date: string, random: Random, fromHour: number, toHour: number): string {
  const minutes = random.int(fromHour, toHour) * 60 + random.int(0, 11) * 5;
  return new Date(
    Date.parse(`${date}T00:00:00.000Z`) + minutes * 60_000 - londonOffsetMs(date),
  ).toISOString();
}

function officer(random: Random, rank: string): string {
  return `${rank} ${random.pick(FIRST_NAMES).charAt(0)}. ${random.pick(SURNAMES)} ${random.int(1000, 9999)}`;
}

function defendantLine(found: Case): string {
  return `Defendant: ${found.defendantFirstName} ${found.defendantLastName.toUpperCase()}, born ${found.defendantDateOfBirth}`;
}

function chargeSheet(found: Case, offences: readonly Offence[], force: string, random: Random): Draft {
  const sergeant = officer(random, 'Sergeant');
  const charges = offences.map(
    (offence) =>
      `${offence.sequence}. ${offence.wording} (${offence.code}, ${MODE_OF_TRIAL_TEXT[offence.modeOfTrial]}), committed on ${offence.committedOn}`,
  );
  return {
    kind: 'CHARGE_SHEET',
    title: 'Charge sheet (MG4)',
    author: `${sergeant}, ${force}`,
    createdAt: at(found.chargedOn, random, 14, 17),
    text: [
      'MG4 CHARGE SHEET',
      `URN: ${found.urn}`,
      `Force: ${force}`,
      defendantLine(found),
      `PNC ID: ${found.defendantPncId ?? 'not recorded'}`,
      `Charged on: ${found.chargedOn}`,
      `To appear at: ${courtOf(found.courtCode).name}`,
      '',
      'Charges',
      ...charges,
      '',
      `Caution: ${CAUTION}`,
      `Reply to charge: ${random.pick(REPLIES_TO_CHARGE)}`,
      `Charging officer: ${sergeant}`,
    ].join('\n'),
  };
}

function caseSummary(
  found: Case,
  offences: readonly Offence[],
  force: string,
  oic: string,
  random: Random,
): Draft {
  const first = offences[0];
  return {
    kind: 'CASE_SUMMARY',
    title: 'Police case summary (MG5)',
    author: `${oic} (officer in the case), ${force}`,
    createdAt: at(found.chargedOn, random, 17, 20),
    text: [
      'MG5 POLICE CASE SUMMARY',
      `URN: ${found.urn}`,
      defendantLine(found),
      '',
      `On ${first?.committedOn ?? found.chargedOn} the defendant is alleged to have committed the offence of: ${first?.wording ?? 'see charge sheet'}.`,
      `The defendant was arrested on ${between(first?.committedOn ?? found.chargedOn, found.chargedOn, random)}, interviewed under caution and charged on ${found.chargedOn}.`,
      ...(offences.length > 1
        ? [`The defendant faces ${offences.length} charges in all; see the charge sheet.`]
        : []),
      'The prosecution relies on the witness statements, the exhibits listed and the record of interview.',
      `Officer in the case: ${oic}`,
    ].join('\n'),
  };
}

function witnessStatement(found: Case, committedOn: string, oic: string, random: Random): Draft {
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
  const time = `${String(random.int(8, 22)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  const madeOn = between(committedOn, found.chargedOn, random);
  return {
    kind: 'WITNESS_STATEMENT',
    title: `Witness statement of ${name} (MG11)`,
    author: name,
    createdAt: at(madeOn, random, 9, 19),
    text: [
      "MG11 WITNESS STATEMENT (Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B)",
      `URN: ${found.urn}`,
      `Statement of: ${name}`,
      'Age if under 18: over 18',
      `Occupation: ${random.pick(OCCUPATIONS)}`,
      '',
      SECTION_9_DECLARATION,
      '',
      `On ${committedOn} at about ${time} ${random.pick(WITNESS_ACCOUNTS)}. ${random.pick(WITNESS_ENDINGS)}`,
      '',
      `Signed: ${name}    Dated: ${madeOn}`,
      `Statement taken by: ${oic}`,
    ].join('\n'),
  };
}

function interviewRecord(found: Case, force: string, oic: string, random: Random): Draft {
  return {
    kind: 'INTERVIEW_RECORD',
    title: 'Record of taped interview (MG15)',
    author: `${oic}, ${force}`,
    createdAt: at(found.chargedOn, random, 10, 13),
    text: [
      'MG15 RECORD OF TAPED INTERVIEW',
      `URN: ${found.urn}`,
      defendantLine(found),
      `Interviewed on ${found.chargedOn} by ${oic}, in the presence of the defendant's solicitor.`,
      'The defendant was cautioned and said they understood the caution.',
      random.pick(INTERVIEW_ANSWERS),
      `Duration: ${random.int(12, 58)} minutes. Recording reference ${found.urn}/INT/1.`,
    ].join('\n'),
  };
}

function exhibitList(found: Case, oic: string, random: Random): Draft {
  // Exhibits are numbered by the initials of the officer who produces them (PC M. Roberts: MR/1, MR/2, ...).
  const [, initial = 'E', surname = 'X'] = oic.split(' ');
  const reference = `${initial.charAt(0)}${surname.charAt(0)}`;
  const exhibits = Array.from(
    { length: random.int(2, 4) },
    (_, index) => `${reference}/${index + 1}  ${random.pick(EXHIBITS)}`,
  );
  return {
    kind: 'EXHIBIT_LIST',
    title: 'Exhibit list (MG12)',
    author: oic,
    createdAt: at(found.chargedOn, random, 18, 21),
    text: ['MG12 EXHIBIT LIST', `URN: ${found.urn}`, '', ...exhibits].join('\n'),
  };
}

const BAIL_TEXT = {
  UNCONDITIONAL_BAIL: 'unconditional bail',
  CONDITIONAL_BAIL: 'conditional bail',
  REMANDED_IN_CUSTODY: 'remanded in custody',
} as const;

/**
 * The sheet the magistrates' court sends with a case: a sending for trial (Crime and Disorder Act 1998, s.51) or
 * a committal for sentence (Sentencing Act 2020, s.14), naming the Crown Court and the offences sent.
 */
function sendingSheet(
  found: Case,
  offences: readonly Offence[],
  sending: CaseSending,
  random: Random,
): Draft {
  const magistrates = courtOf(found.courtCode).name;
  const forTrial = sending.sendingType === 'SENT_FOR_TRIAL';
  return {
    kind: 'SENDING_SHEET',
    title: forTrial ? 'Sending sheet (s.51 Crime and Disorder Act 1998)' : 'Committal for sentence',
    author: `Legal adviser, ${magistrates}`,
    createdAt: at(sending.sentOn, random, 11, 16),
    text: [
      forTrial
        ? 'SENDING SHEET: SENT FOR TRIAL (Crime and Disorder Act 1998, s.51)'
        : 'COMMITTAL FOR SENTENCE (Sentencing Act 2020, s.14)',
      `URN: ${found.urn}`,
      defendantLine(found),
      `From: ${magistrates}`,
      `To: ${courtOf(sending.crownCourtCode).name}`,
      `Crown Court case number: ${sending.crownCaseNumber}`,
      `Date: ${sending.sentOn}`,
      `Bail: ${BAIL_TEXT[found.bailStatus]}`,
      '',
      forTrial ? 'Offences sent' : 'Offences committed',
      ...offences.map((offence) => `${offence.sequence}. ${offence.wording} (${offence.code})`),
    ].join('\n'),
  };
}

function previousConvictions(found: Case, random: Random): Draft {
  // Nobody is convicted before the age of criminal responsibility (10) or after this charge.
  const earliest = addDays(found.defendantDateOfBirth, 11 * 365);
  const convictions = Array.from({ length: random.chance(0.4) ? 0 : random.int(1, 3) }, (_, index) => {
    const [offence, sentence] = random.pick(EARLIER_CONVICTIONS);
    const on = addDays(found.chargedOn, -random.int(200, 3000) * (index + 1));
    return { on, line: `${on}  ${courtOf(found.courtCode).name}  ${offence}  ${sentence}` };
  })
    .filter((conviction) => conviction.on >= earliest)
    .map((conviction) => conviction.line)
    .sort();
  const count = convictions.length;
  return {
    kind: 'PREVIOUS_CONVICTIONS',
    title: 'Previous convictions (PNC print)',
    author: 'Police National Computer',
    createdAt: at(found.chargedOn, random, 12, 16),
    text: [
      'PREVIOUS CONVICTIONS AND CAUTIONS (PNC)',
      `PNC ID: ${found.defendantPncId ?? 'no PNC record'}`,
      defendantLine(found),
      `Convictions: ${count}`,
      ...(count === 0 ? ['No previous convictions recorded.'] : convictions),
    ].join('\n'),
  };
}

/**
 * A seeded case document: its row, and the bytes the seed puts in the magistrates' content store (not a column:
 * seed/caseFiles/seedDocumentContent.ts takes them off the row).
 */
export type SeedCaseDocument = Omit<CaseDocumentTable, 'content'> & { content: Buffer };

/**
 * The case file of a magistrates' case, as the police and the court would have put it together: charge sheet,
 * case summary, witness statements, often a record of interview, an exhibit list for cases the Crown Court may
 * try, the previous convictions and, for a case sent to the Crown Court, the sending sheet. Small PDF files
 * (minimalPdf.ts), the same bytes every time for the same case: the seed writes them once, with the case, as the
 * police file that came with it (added by no one through the gateway, none after sending).
 */
export function caseFileDocuments(
  found: Case,
  offences: readonly Offence[],
  sending: CaseSending | null = null,
): SeedCaseDocument[] {
  const random = randomFor(found.urn);
  const force = FORCES[found.courtCode.slice(1, 3)] ?? 'the police';
  const oic = officer(random, 'PC');
  const committedOn = offences[0]?.committedOn ?? found.chargedOn;
  const drafts: Draft[] = [
    chargeSheet(found, offences, force, random),
    caseSummary(found, offences, force, oic, random),
    ...Array.from({ length: random.int(1, 2) }, () => witnessStatement(found, committedOn, oic, random)),
  ];
  if (random.chance(0.6)) drafts.push(interviewRecord(found, force, oic, random));
  if (offences.some((offence) => offence.modeOfTrial !== 'SUMMARY_ONLY'))
    drafts.push(exhibitList(found, oic, random));
  drafts.push(previousConvictions(found, random));
  if (sending) drafts.push(sendingSheet(found, offences, sending, random));
  return drafts.map((draft, index) => {
    const content = textPdf(draft.title, draft.text);
    const sequence = index + 1;
    return {
      documentId: `${found.urn}-${String(sequence).padStart(2, '0')}`,
      urn: found.urn,
      sequence,
      kind: draft.kind,
      title: draft.title,
      author: draft.author,
      createdAt: draft.createdAt,
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      sha256: sha256Of(content),
      addedBy: null,
      addedAt: draft.createdAt,
      servedAfterSending: 0,
      content,
    };
  });
}
