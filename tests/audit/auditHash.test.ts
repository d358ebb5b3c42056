import {
  canonicalAuditRecord,
  GENESIS_HASH,
  hashAuditRecord,
  hashOperationDocument,
} from '../../gateway/src/audit/auditHash';
import type { AuditRecord } from '../../gateway/src/audit/auditRecord';

const record: Omit<AuditRecord, 'hash'> = {
  sequence: 1,
  recordedAt: '2026-11-01T09:30:00.000Z',
  requestId: 'req-1',
  subject: 'officer.jones',
  agency: 'PROBATION',
  purpose: 'PRE_SENTENCE_REPORT',
  operationName: null,
  operationHash: hashOperationDocument('{ offender(pncId: "2019/0123456X") { pncId } }'),
  offenders: ['2019/0123456X'],
  people: [],
  subgraphs: ['courts'],
  fields: ['Query.offender', 'Offender.pncId'],
  denied: [],
  outcome: 'SUCCESS',
  previousHash: GENESIS_HASH,
};

describe('audit record hashing', () => {
  it('starts the chain from 64 zeros', () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('serialises every field but the hash, in one fixed key order', () => {
    const keys = Object.keys(JSON.parse(canonicalAuditRecord(record)) as object);
    expect(keys).toEqual([
      'sequence',
      'recordedAt',
      'requestId',
      'subject',
      'agency',
      'purpose',
      'operationName',
      'operationHash',
      'offenders',
      'subgraphs',
      'fields',
      'denied',
      'outcome',
      'previousHash',
    ]);
  });

  it("does not depend on the order of the caller's keys, nor on a stale hash", () => {
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(hashAuditRecord({ ...reordered, hash: 'stale' } as typeof record)).toBe(hashAuditRecord(record));
  });

  it('changes with any field, the order of a list and the previous hash', () => {
    const hash = hashAuditRecord(record);
    expect(hashAuditRecord({ ...record, purpose: 'CURIOSITY' })).not.toBe(hash);
    expect(hashAuditRecord({ ...record, fields: [...record.fields].reverse() })).not.toBe(hash);
    expect(hashAuditRecord({ ...record, operationName: '' })).not.toBe(hash);
    expect(hashAuditRecord({ ...record, previousHash: 'f'.repeat(64) })).not.toBe(hash);
  });

  it('hashes the people consulted, last and in order, and only when there are any', () => {
    const ann = { pncId: '2012/0394773H', prisonNumber: 'A1234BC', croNumber: null };
    const bob = { pncId: null, prisonNumber: 'B2345CD', croNumber: '4521/03H' };
    const withPeople = { ...record, people: [ann, bob] };

    expect(Object.keys(JSON.parse(canonicalAuditRecord(withPeople)) as object).at(-1)).toBe('people');
    expect(hashAuditRecord(withPeople)).not.toBe(hashAuditRecord(record));
    expect(hashAuditRecord({ ...record, people: [bob, ann] })).not.toBe(hashAuditRecord(withPeople));
    expect(hashAuditRecord({ ...record, people: [{ ...ann, croNumber: '29906/12J' }, bob] })).not.toBe(
      hashAuditRecord(withPeople),
    );
  });

  it('is sha256 in hex over the canonical JSON, pinned so that a change cannot pass unnoticed', () => {
    // A change to either value means every existing audit chain would fail verification.
    expect(hashOperationDocument('query { ping }')).toBe(
      'd7b0dfafc61a1f0618f4f346911d5aa87bef97b134f2943383223bdac4410134',
    );
    expect(canonicalAuditRecord(record)).toBe(
      '{"sequence":1,"recordedAt":"2026-11-01T09:30:00.000Z","requestId":"req-1","subject":"officer.jones",' +
        '"agency":"PROBATION","purpose":"PRE_SENTENCE_REPORT","operationName":null,' +
        '"operationHash":"fe4b2744bb65e637ef2f5930f0a44b806591004e56df67e7f95606d63a1467db",' +
        '"offenders":["2019/0123456X"],"subgraphs":["courts"],"fields":["Query.offender","Offender.pncId"],' +
        '"denied":[],"outcome":"SUCCESS","previousHash":"' +
        '0'.repeat(64) +
        '"}',
    );
    expect(hashAuditRecord(record)).toBe('d31c59317f7587196364097d4a26a0f208ff6f3f825019cc48c6c7f7e87cdb0b');
  });
});
