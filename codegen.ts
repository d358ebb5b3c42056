/**
 * `npm run codegen`: TypeScript types generated from the schema, committed, and checked to be current by
 * tests/schema/generatedTypes.test.ts. Offline: it reads only the files in this repository.
 * - Each subgraph's resolver types, from its SDL in schema/ (the contract), into
 *   subgraphs/<name>/src/generated/resolvers.ts.
 * - The journey page's operations and their result types, against the graph the gateway serves (the API schema
 *   of the subgraphs composed), into web/journey/generated/.
 */
import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { composedApiSchema } from './lib/federation/apiSchema';
import { readRoverConfig } from './lib/federation/composeSupergraph';

const SUBGRAPH_CONTEXTS = {
  courts: 'CourtsContext',
  pnomis: 'PnomisContext',
  visits: 'VisitsContext',
  confiscation: 'ConfiscationContext',
  notifications: 'NotificationsContext',
} as const;

/** How resolvers see the shared scalars: the values inside the services (lib/graphql/scalars.ts). */
const scalars = {
  ID: 'string',
  Date: 'string',
  DateTime: 'string',
  // Whole pence inside the services; a decimal string of pounds only on the wire.
  Money: 'number',
};

/**
 * The services' own objects that resolvers receive as parents and return for a type, where they differ from the
 * GraphQL shape (store rows, with column names and pence): the resolvers are checked against these. Types not
 * listed are left open (`any`), for the maps whose parents are built ad hoc.
 */
const MAPPERS: Record<keyof typeof SUBGRAPH_CONTEXTS, Record<string, string>> = {
  courts: {
    MagistratesCase: '../store/magistratesTables#MagistratesCaseTable',
    CrownCourtCase: '../store/crownCourtTables#CrownCaseTable',
  },
  pnomis: {
    CustodyRecord: '../store/pnomisTables#OffenderTable',
    Booking: '../store/pnomisTables#BookingTable',
    PrisonerContact: '../store/pnomisTables#PrisonerContactTable',
    CustodyMovementRecord: '../movements/recordedMovement#RecordedMovement',
  },
  visits: {
    Visit: '../store/visitsTables#VisitTable',
    LinkedPrisoner: '../store/visitsTables#BookerLinkTable',
  },
  confiscation: {
    Payment: '../store/enforcementWrites#PaymentRow',
    EnforcementAction: '../store/enforcementWrites#ActionRow',
  },
  notifications: {
    Event: '../store/eventLogStore#LoggedEvent',
    Webhook: '../store/webhookStore#WebhookRow',
  },
};

function subgraphResolvers(name: keyof typeof SUBGRAPH_CONTEXTS): CodegenConfig['generates'][string] {
  return {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      contextType: `../context#${SUBGRAPH_CONTEXTS[name]}`,
      scalars,
      useTypeImports: true,
      // String unions, as the services write their closed sets, rather than TypeScript enums.
      enumsAsTypes: true,
      // An input field or argument with a default is never missing when a resolver runs.
      avoidOptionals: { defaultValue: true },
      // Parents are the services' own objects (store rows, domain records), not the GraphQL shapes: a resolver
      // receives what its parent resolver returned.
      defaultMapper: 'any',
      mappers: MAPPERS[name],
    },
  };
}

/** The schema clients see: the subgraphs composed, less what only the gateway and subgraphs use. */
function apiSchemaSdl(): string {
  return printSchema(composedApiSchema(readRoverConfig(resolve(__dirname, 'rover.yaml'))));
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...Object.fromEntries(
      Object.keys(SUBGRAPH_CONTEXTS).map((name) => [
        `subgraphs/${name}/src/generated/resolvers.ts`,
        subgraphResolvers(name as keyof typeof SUBGRAPH_CONTEXTS),
      ]),
    ),
    'web/journey/generated/': {
      schema: apiSchemaSdl(),
      documents: ['web/journey/**/*.ts', '!web/journey/generated/**'],
      preset: 'client',
      // The page reads whole answers; fragments only save repeating a selection.
      presetConfig: { fragmentMasking: false },
      config: {
        // The page posts the operation's text; each document is a string that carries its types.
        documentMode: 'string',
        enumsAsTypes: true,
        // A field the gateway answers is null, never missing; a variable or input field may be left out.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        skipTypename: true,
        useTypeImports: true,
        // As they travel as JSON: Money is the decimal string of pounds.
        scalars: { ID: 'string', Date: 'string', DateTime: 'string', Money: 'string' },
      },
    },
  },
};

export default config;
