import { createHash } from 'node:crypto';
import { caseFileDocuments } from '../../seed/caseFiles/caseFileDocuments';

const CASE = {
  urn: '13AA0000001',
  courtCode: 'B13LS00',
  defendantFirstName: 'Alex',
  defendantLastName: 'Example',
  defendantDateOfBirth: '1990-01-01',
  defendantPncId: '2012/0052494Q',
  chargedOn: '2026-06-30',
  bailStatus: 'CONDITIONAL_BAIL' as const,
};
const THEFT = {
  sequence: 1,
  code: 'TH68010',
  wording: 'At Leeds stole goods to the value of £120.00 belonging to a shop',
  modeOfTrial: 'EITHER_WAY' as const,
  committedOn: '2026-06-28',
};
const OFFENCES = [THEFT];

describe("a magistrates' case file", () => {
  it('is the same, byte for byte, every time it is made', () => {
    const first = caseFileDocuments(CASE, OFFENCES);
    expect(caseFileDocuments(CASE, OFFENCES)).toEqual(first);
    expect(caseFileDocuments({ ...CASE, urn: '13AA0000002' }, OFFENCES)).not.toEqual(first);
  });

  it('holds a charge sheet, a summary, witness statements and previous convictions, with true checksums', () => {
    const documents = caseFileDocuments(CASE, OFFENCES);
    expect(documents.map((document) => document.kind)).toEqual(
      expect.arrayContaining([
        'CHARGE_SHEET',
        'CASE_SUMMARY',
        'WITNESS_STATEMENT',
        'EXHIBIT_LIST',
        'PREVIOUS_CONVICTIONS',
      ]),
    );
    documents.forEach((document, index) => {
      expect(document.documentId).toBe(`13AA0000001-${String(index + 1).padStart(2, '0')}`);
      expect(document.sizeBytes).toBe(document.content.length);
      expect(document.sha256).toBe(createHash('sha256').update(document.content).digest('hex'));
      expect(Date.parse(document.createdAt)).not.toBeNaN();
    });
    const chargeSheet = Buffer.from(documents[0]?.content ?? []).toString('utf8');
    expect(chargeSheet).toContain('West Yorkshire Police');
    expect(chargeSheet).toContain('Defendant: Alex EXAMPLE, born 1990-01-01');
    expect(chargeSheet).toContain('1. At Leeds stole goods');
  });

  it('has no exhibit list for a case only a magistrates’ court can try', () => {
    const summary = caseFileDocuments(CASE, [{ ...THEFT, modeOfTrial: 'SUMMARY_ONLY' as const }]);
    expect(summary.map((document) => document.kind)).not.toContain('EXHIBIT_LIST');
  });

  it('ends with the sending sheet when the case was sent, leaving the rest of the file as it was', () => {
    const unsent = caseFileDocuments(CASE, OFFENCES);
    const sent = caseFileDocuments(CASE, OFFENCES, {
      crownCaseNumber: 'T20260042',
      crownCourtCode: 'C13LS00',
      sendingType: 'SENT_FOR_TRIAL',
      sentOn: '2026-07-20',
    });
    expect(unsent.map((document) => document.kind)).not.toContain('SENDING_SHEET');
    expect(sent.slice(0, -1)).toEqual(unsent);
    const sheet = sent.at(-1);
    expect(sheet?.kind).toBe('SENDING_SHEET');
    const text = Buffer.from(sheet?.content ?? []).toString('utf8');
    expect(text).toContain('Crime and Disorder Act 1998, s.51');
    expect(text).toContain('Crown Court case number: T20260042');
    expect(text).toContain('Bail: conditional bail');
    expect(sheet?.createdAt.slice(0, 10)).toBe('2026-07-20');
  });
});
