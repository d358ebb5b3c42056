import { h } from '../dom';
import type { Credentials } from '../graphqlClient';
import { formatDate, humanize } from '../format';
import type { CrownCourtCase, MagistratesCase } from '../journeyQuery';
import type { SectionStatus } from '../sectionStatus';
import { caseDocuments } from './caseDocuments';
import { facts, section } from './section';

/** A Crown Court case's name: its centre's court code and its number there (each centre numbers its own cases). */
const caseKey = (crownCase: { caseNumber: string; court: { code: string } }) =>
  `${crownCase.court.code}/${crownCase.caseNumber}`;

function crownOutcome(crownCase: CrownCourtCase | undefined): string | null {
  if (!crownCase?.outcome) return null;
  const months = crownCase.custodialSentenceMonths;
  return `${humanize(crownCase.outcome)}${months ? `, ${months} months` : ''}`;
}

function transfer(theCase: MagistratesCase, crownCases: readonly CrownCourtCase[]): HTMLElement | null {
  const sent = theCase.sentToCrownCourt;
  if (!sent) return null;
  const crownCase = crownCases.find((candidate) => caseKey(candidate) === caseKey(sent));
  const outcome = crownOutcome(crownCase);
  return h(
    'p',
    { class: 'transfer' },
    h('strong', {}, 'Sent to the Crown Court: '),
    `case ${sent.caseNumber} at ${sent.court.name}, received ${formatDate(sent.receivedOn)} `,
    `(${humanize(sent.sendingType).toLowerCase()}).`,
    outcome && ` Outcome: ${outcome}.`,
  );
}

function magistratesCase(
  theCase: MagistratesCase,
  crownCases: readonly CrownCourtCase[],
  credentials: Credentials,
): HTMLElement {
  return h(
    'article',
    { class: 'case' },
    h('h4', {}, `Magistrates' case ${theCase.urn}`),
    facts([
      ['Court', theCase.court.name],
      ['Charged', formatDate(theCase.chargedOn)],
      ['Offences', theCase.offences.map((offence) => offence.wording).join('; ')],
      ['Outcome', theCase.outcome ? humanize(theCase.outcome) : 'Not yet decided'],
    ]),
    transfer(theCase, crownCases),
    caseDocuments(theCase.urn, credentials),
  );
}

function crownCourtCase(crownCase: CrownCourtCase): HTMLElement {
  return h(
    'article',
    { class: 'case' },
    h('h4', {}, `Crown Court case ${crownCase.caseNumber}`),
    facts([
      ['Court', crownCase.court.name],
      ['Received', `${formatDate(crownCase.receivedOn)} (${humanize(crownCase.sendingType).toLowerCase()})`],
      ['From', crownCase.committingCourt?.name],
      ['Outcome', crownOutcome(crownCase) ?? 'Not yet decided'],
    ]),
  );
}

function courtsBody(
  magistratesCases: readonly MagistratesCase[],
  crownCases: readonly CrownCourtCase[],
  credentials: Credentials,
) {
  // A Crown Court case sent from a magistrates' case shows as that case's transfer; the rest stand alone.
  const sent = new Set(
    magistratesCases.flatMap((theCase) =>
      theCase.sentToCrownCourt ? [caseKey(theCase.sentToCrownCourt)] : [],
    ),
  );
  const standalone = crownCases.filter((crownCase) => !sent.has(caseKey(crownCase)));
  if (magistratesCases.length === 0 && standalone.length === 0) return h('p', {}, 'No court cases.');
  return [
    ...magistratesCases.map((theCase) => magistratesCase(theCase, crownCases, credentials)),
    ...standalone.map(crownCourtCase),
  ];
}

/** What the section says of a person the courts cannot be asked about: not "no cases", which would claim none. */
const NOT_MATCHED =
  'No PNC ID: the courts know defendants by it, so their records cannot be matched to this person.';

/** Court cases, each with any transfer to the Crown Court and its case file. */
export function courtsSection(
  magistratesCases: readonly MagistratesCase[] | null,
  crownCases: readonly CrownCourtCase[] | null,
  status: SectionStatus,
  credentials: Credentials,
): HTMLElement | null {
  return section({
    id: 'courts',
    title: 'Court cases',
    status,
    wide: true,
    // Both null without an error: a person with no PNC ID, by which alone the courts know defendants.
    body: () =>
      magistratesCases === null && crownCases === null
        ? h('p', {}, NOT_MATCHED)
        : courtsBody(magistratesCases ?? [], crownCases ?? [], credentials),
  });
}
