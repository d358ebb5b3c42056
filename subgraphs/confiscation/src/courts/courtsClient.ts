import { GraphQLError } from 'graphql';
import { formatPence } from '@lib/money';
import { type SubgraphAnswer, subgraphClient } from '@lib/subgraph/subgraphClient';
import type { CourtRecord } from '../services/discrepancies';
import type { Order } from '../store/confiscationTables';

/** Where the courts subgraph is and how long to wait for it. */
export interface CourtsClientOptions {
  url: string;
  timeoutMs: number;
  circuitFailures?: number;
  circuitProbeMs?: number;
}

/** What the courts say of an order: the Crown Court's record of it and the probable defendant, if any. */
export interface CourtView {
  courtRecord: CourtRecord | null;
  probableDefendant: { pncId: string; confidencePercent: number } | null;
}

/** The refusal when the courts cannot be asked: nothing was recorded. */
export function courtsUnavailable(reason: string): GraphQLError {
  return new GraphQLError(
    `The courts could not be asked for their record (${reason}); nothing was recorded, try again shortly`,
    { extensions: { code: 'COURTS_UNAVAILABLE' } },
  );
}

const COURT_VIEW = /* GraphQL */ `
  query CourtViewOfOrder($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on ConfiscationOrder {
        courtRecord {
          caseFound
          likelyCaseNumber
          courtCode
          defendantPncId
          orderPncKnownAsDefendant
          caseOutcome
          orderAmount
          orderedOn
          hearingStartsAt
        }
        probableDefendant {
          pncId
          confidencePercent
        }
      }
    }
  }
`;

const REQUEST_CORRECTION = /* GraphQL */ `
  mutation RequestCorrection($input: RequestCrownCourtRecordCorrectionInput!) {
    requestCrownCourtRecordCorrection(input: $input) {
      correctionId
    }
  }
`;

/** A correction of the Crown Court's record to ask for. */
export interface CorrectionAsked {
  caseNumber: string;
  /** The Crown Court centre that holds the case: each centre numbers its own cases. */
  crownCourtCode: string;
  field: 'CONFISCATION_AMOUNT' | 'CONFISCATION_ORDER_DATE' | 'DEFENDANT_PNC_ID';
  correctValue: string;
  reason: string;
  accountNumber: string;
  requestReference: string;
}

/** The codes of the courts' own refusals, passed on as they are; any other error means they could not answer. */
const PASSED_ON = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'OUTSIDE_CASELOAD']);

function answerOf<Data>(answer: SubgraphAnswer<Data>): Data {
  const error = answer.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'an error';
    if (PASSED_ON.has(code))
      throw new GraphQLError(`The courts refused: ${error.message}`, { extensions: { code } });
    throw courtsUnavailable(`they answered ${code}`);
  }
  if (!answer.data) throw courtsUnavailable('they gave no answer');
  return answer.data;
}

/**
 * The confiscation system's live link to the courts subgraph, asked with the caller's own gateway credential (so
 * that the courts apply the caller's scopes): the Crown Court's record of an order and its probable defendant,
 * read as the gateway reads them (an entity with the fields the courts require), and corrections asked of it.
 */
export function courtsClient(options: CourtsClientOptions) {
  const courts = subgraphClient({ ...options, unavailable: courtsUnavailable });
  return {
    viewOf: async (order: Order, credential: string | null): Promise<CourtView> => {
      const representation = {
        __typename: 'ConfiscationOrder',
        accountNumber: order.accountNumber,
        crownCourtCaseNumber: order.crownCourtCaseNumber,
        crownCourtCode: order.crownCourtCode,
        defendantPncId: order.defendantPncId,
        orderedOn: order.orderedOn,
        amountOrdered: formatPence(order.amountOrderedPence),
      };
      const data = answerOf(
        await courts.ask<{ _entities: (CourtView | null)[] }>(
          COURT_VIEW,
          { representations: [representation] },
          credential,
        ),
      );
      const view = data._entities[0];
      if (!view) throw courtsUnavailable('they did not know the order');
      return view;
    },
    requestCorrection: async (asked: CorrectionAsked, credential: string | null): Promise<string> => {
      const data = answerOf(
        await courts.ask<{ requestCrownCourtRecordCorrection: { correctionId: string } }>(
          REQUEST_CORRECTION,
          { input: asked },
          credential,
        ),
      );
      return data.requestCrownCourtRecordCorrection.correctionId;
    },
  };
}

/** The confiscation system's link to the courts. */
export type CourtsClient = ReturnType<typeof courtsClient>;
