import { hashOperationDocument } from '../../../gateway/src/audit/auditHash';
import type { AuditEntry } from '../../../gateway/src/audit/auditRecord';

const DOCUMENT =
  'query Offender($pncId: ID!) { offender(pncId: $pncId) { pncId name custody { prisonNumber } } }';

/** An audit entry as the gateway plugin would hand it over, with whatever a test wants changed. */
export function sampleEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    requestId: 'req-0001',
    subject: 'officer.jones@probation.example',
    agency: 'PROBATION',
    purpose: 'PRE_SENTENCE_REPORT',
    operationName: 'Offender',
    operationHash: hashOperationDocument(DOCUMENT),
    offenders: ['2019/0123456X', 'A1234BC'],
    people: [],
    subgraphs: ['courts', 'pnomis'],
    fields: ['Query.offender', 'Offender.pncId', 'Offender.name', 'Custody.prisonNumber'],
    denied: [],
    outcome: 'SUCCESS',
    ...overrides,
  };
}
