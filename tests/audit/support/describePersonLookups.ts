import { sql } from 'kysely';
import type { AuditPerson } from '../../../gateway/src/audit/auditRecord';
import { useAuditLogFixture } from './auditLogFixture';
import type { AuditTestDatabases } from './auditTestDatabases';
import { sampleEntry } from './sampleEntry';

// Two people, each with every kind of identifier, and a third known by a PNC ID alone.
const ANN = { pncId: '2012/0394773H', prisonNumber: 'A1234BC', croNumber: '4521/03H' };
const BOB = { pncId: '2015/0123456U', prisonNumber: 'B2345CD', croNumber: '29906/12J' };
const CAL_PNC = '1999/0000077P';

const only = (identifiers: Partial<AuditPerson>): AuditPerson => ({
  pncId: null,
  prisonNumber: null,
  croNumber: null,
  ...identifiers,
});

/**
 * The data-protection officer's look-up of a person in the log, by any of their identifiers: run once per engine.
 */
export function describePersonLookups(databases: AuditTestDatabases): void {
  describe(`looking a person up in the audit log on ${databases.engine}`, () => {
    const fixture = useAuditLogFixture(databases);

    /** Appends one record per list of people, with a purpose naming it, and returns their sequences. */
    async function consult(...records: { purpose: string; people: AuditPerson[]; offenders?: string[] }[]) {
      const sequences: number[] = [];
      for (const { purpose, people, offenders = [] } of records) {
        sequences.push(
          (await fixture.log.store.append(sampleEntry({ purpose, people, offenders }))).sequence,
        );
      }
      return sequences;
    }

    const purposesFound = async (kind: 'pncId' | 'prisonNumber' | 'croNumber', value: string) =>
      (await fixture.log.store.consultationsOfPerson({ kind, value })).records.map(
        (record) => record.purpose,
      );

    it('keeps the people of a record, in the order given, under its hash', async () => {
      const people = [only({ prisonNumber: BOB.prisonNumber }), ANN];
      const appended = await fixture.log.store.append(sampleEntry({ people }));

      const found = await fixture.log.store.consultationsOfPerson({ kind: 'pncId', value: ANN.pncId });
      expect(found.records).toEqual([appended]);
      expect(appended.people).toEqual(people);
      await expect(fixture.log.store.verifyChain()).resolves.toEqual({ ok: true, records: 1 });

      // Hiding a consultation from the officer's look-up, past the store, breaks the record's hash.
      await sql`delete from audit_identifier where value = ${ANN.prisonNumber}`.execute(fixture.raw.db);
      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 1,
        problem: 'ALTERED',
      });
    });

    it('finds a person by their PNC ID in the look-ups made by their prison number and CRO number', async () => {
      await consult(
        { purpose: 'by prison number', people: [only({ prisonNumber: ANN.prisonNumber })] },
        { purpose: 'linking answer', people: [ANN] },
        { purpose: 'by CRO number', people: [only({ croNumber: ANN.croNumber })] },
        { purpose: 'Bob by everything', people: [BOB] },
        { purpose: 'Bob by prison number', people: [only({ prisonNumber: BOB.prisonNumber })] },
      );

      const found = await fixture.log.store.consultationsOfPerson({ kind: 'pncId', value: ANN.pncId });
      expect(found.records.map((record) => record.purpose)).toEqual([
        'by CRO number',
        'linking answer',
        'by prison number',
      ]);
      expect(found.searched).toEqual([
        {
          kind: 'pncId',
          value: ANN.pncId,
          how: 'asked',
          linkedThrough: null,
          forms: [ANN.pncId, '12/394773H'],
        },
        expect.objectContaining({ kind: 'croNumber', value: ANN.croNumber, how: 'linked' }),
        expect.objectContaining({ kind: 'prisonNumber', value: ANN.prisonNumber, how: 'linked' }),
      ]);
      expect(found.notFollowed).toEqual([]);
      // Found the same way from any of the person's identifiers.
      expect(await purposesFound('croNumber', ANN.croNumber)).toEqual(
        found.records.map((record) => record.purpose),
      );
    });

    it("finds what subgraphs disclosed, in the PNC ID's long and short forms", async () => {
      await consult(
        { purpose: 'long form', people: [], offenders: [ANN.pncId] },
        { purpose: 'short form', people: [], offenders: ['12/394773H'] },
        { purpose: 'by prison number', people: [], offenders: [ANN.prisonNumber] },
        { purpose: 'someone else', people: [], offenders: [BOB.pncId, CAL_PNC] },
      );

      expect(await purposesFound('pncId', ANN.pncId)).toEqual(['short form', 'long form']);
    });

    it('never follows a second value of a kind into another person', async () => {
      // A prison number seen with two PNC IDs (a data-quality fault, or a mistake): neither is followed.
      await consult(
        { purpose: 'Ann', people: [ANN] },
        { purpose: 'mistaken link', people: [only({ prisonNumber: ANN.prisonNumber, pncId: CAL_PNC })] },
        { purpose: 'Cal alone', people: [only({ pncId: CAL_PNC })] },
      );

      const fromPrisonNumber = await fixture.log.store.consultationsOfPerson({
        kind: 'prisonNumber',
        value: ANN.prisonNumber,
      });
      expect(fromPrisonNumber.records.map((record) => record.purpose)).toEqual(['mistaken link', 'Ann']);
      expect(fromPrisonNumber.searched.map((identifier) => identifier.kind)).toEqual([
        'prisonNumber',
        'croNumber',
      ]);
      expect(fromPrisonNumber.notFollowed).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'pncId', value: ANN.pncId }),
          expect.objectContaining({ kind: 'pncId', value: CAL_PNC }),
        ]),
      );

      // From Ann's PNC ID, her prison number is followed and the other PNC ID seen with it is reported, not followed.
      const fromPnc = await fixture.log.store.consultationsOfPerson({ kind: 'pncId', value: ANN.pncId });
      expect(fromPnc.records.map((record) => record.purpose)).toEqual(['mistaken link', 'Ann']);
      expect(fromPnc.notFollowed).toEqual([
        expect.objectContaining({
          kind: 'pncId',
          value: CAL_PNC,
          seenWith: { kind: 'prisonNumber', value: ANN.prisonNumber },
        }),
      ]);
    });

    it('pages newest first across both indexes', async () => {
      const sequences = await consult(
        ...Array.from({ length: 5 }, (_, index) =>
          index % 2 === 0
            ? { purpose: `people ${index}`, people: [ANN] }
            : { purpose: `disclosed ${index}`, people: [], offenders: [ANN.pncId] },
        ),
      );
      const store = fixture.log.store;
      const first = await store.consultationsOfPerson({ kind: 'pncId', value: ANN.pncId }, { limit: 2 });
      expect(first.records.map((record) => record.sequence)).toEqual([sequences[4], sequences[3]]);
      const next = await store.consultationsOfPerson(
        { kind: 'pncId', value: ANN.pncId },
        { limit: 2, beforeSequence: sequences[3] },
      );
      expect(next.records.map((record) => record.sequence)).toEqual([sequences[2], sequences[1]]);
    });
  });
}
