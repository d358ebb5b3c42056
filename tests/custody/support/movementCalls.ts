import { randomInt, randomUUID } from 'node:crypto';
import { formatCroNumber } from '@lib/identifiers/croNumber';
import { formatPncId } from '@lib/identifiers/pncId';
import type { GraphQLResponse, RunningSupergraph } from '../../support/startSupergraph';

const RECORD_FIELDS = /* GraphQL */ `
  prisonNumber
  pncId
  replayed
  booking {
    bookingNumber
    prison {
      code
    }
    active
    inOutStatus
    beganOn
    endedOn
    admissionReason
  }
  movement {
    occurredAt
    type
    direction
    fromLocation
    toLocation
    reason
  }
`;

export const RECORD_RECEPTION = /* GraphQL */ `
  #graphql
  mutation RecordPrisonReception($input: PrisonReceptionInput!) {
    recordPrisonReception(input: $input) {
      ${RECORD_FIELDS}
    }
  }
`;

export const TRANSFER_PRISONER = /* GraphQL */ `
  #graphql
  mutation TransferPrisoner($input: PrisonerTransferInput!) {
    transferPrisoner(input: $input) {
      ${RECORD_FIELDS}
    }
  }
`;

export const RELEASE_PRISONER = /* GraphQL */ `
  #graphql
  mutation ReleasePrisoner($input: PrisonerReleaseInput!) {
    releasePrisoner(input: $input) {
      ${RECORD_FIELDS}
    }
  }
`;

/** A movement as the documents above read it. */
export interface MovementRecord {
  prisonNumber: string;
  pncId: string | null;
  replayed: boolean;
  booking: {
    bookingNumber: string;
    prison: { code: string };
    active: boolean;
    inOutStatus: 'IN' | 'OUT';
    beganOn: string;
    endedOn: string | null;
    admissionReason: string;
  };
  movement: {
    occurredAt: string;
    type: 'ADMISSION' | 'TRANSFER' | 'RELEASE' | 'COURT';
    direction: 'IN' | 'OUT';
    fromLocation: string;
    toLocation: string;
    reason: string;
  };
}

type Answer<Key extends string> = GraphQLResponse<Record<Key, MovementRecord>>;

/** A fresh idempotency key. */
export const freshKey = () => randomUUID();

/** The instant `hours` before now, as the DateTime scalar gives it back. */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** The first error code of a response, if any. */
export const errorCode = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

/** The movement a response carries, failing the test with the errors when there is none. */
export function recordOf<Key extends string>(response: Answer<Key>, key: Key): MovementRecord {
  const record = response.data?.[key];
  if (!record) throw new Error(`no ${key}: ${JSON.stringify(response.errors)}`);
  return record;
}

/** A PNC ID, valid by its check character, that P-Nomis does not hold. */
export async function freshPncId(supergraph: RunningSupergraph): Promise<string> {
  for (;;) {
    const pncId = formatPncId(2026, randomInt(1, 10_000_000));
    const held = await supergraph.pnomis.system.database.db
      .selectFrom('offender')
      .select('prisonNumber')
      .where('pncId', '=', pncId)
      .executeTakeFirst();
    if (!held) return pncId;
  }
}

/** A CRO number, valid by its check character, that P-Nomis does not hold. */
export async function freshCroNumber(supergraph: RunningSupergraph): Promise<string> {
  for (;;) {
    const croNumber = formatCroNumber(randomInt(1, 1_000_000), 26);
    const held = await supergraph.pnomis.system.database.db
      .selectFrom('offender')
      .select('prisonNumber')
      .where('croNumber', '=', croNumber)
      .executeTakeFirst();
    if (!held) return croNumber;
  }
}

/** The people P-Nomis holds under a family name, straight from the store, whatever the answers said. */
export const peopleNamed = (supergraph: RunningSupergraph, lastName: string) =>
  supergraph.pnomis.system.database.db
    .selectFrom('offender')
    .select(['prisonNumber', 'pncId', 'croNumber'])
    .where('lastName', '=', lastName)
    .execute();

/** A person new to P-Nomis, as a reception names them (synthetic: no real person). */
export async function newPerson(supergraph: RunningSupergraph, overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Kestrel',
    lastName: `Testperson${randomInt(1_000_000)}`,
    dateOfBirth: '1994-03-17',
    pncId: await freshPncId(supergraph),
    ...overrides,
  };
}

/** The three movement mutations, sent as prison staff (or any token) through the gateway. */
export function movementCalls(supergraph: RunningSupergraph) {
  return {
    receive: (token: string, input: Record<string, unknown>) =>
      supergraph.queryAs<{ recordPrisonReception: MovementRecord }>(token, RECORD_RECEPTION, {
        input: { status: 'REMAND', fromCourtCode: 'B13LS00', occurredAt: hoursAgo(3), ...input },
      }),
    transfer: (token: string, input: Record<string, unknown>) =>
      supergraph.queryAs<{ transferPrisoner: MovementRecord }>(token, TRANSFER_PRISONER, {
        input: { reason: 'ALLOCATION', occurredAt: hoursAgo(2), ...input },
      }),
    release: (token: string, input: Record<string, unknown>) =>
      supergraph.queryAs<{ releasePrisoner: MovementRecord }>(token, RELEASE_PRISONER, {
        input: { reason: 'BAIL', occurredAt: hoursAgo(1), ...input },
      }),
  };
}
