import {
  buildASTSchema,
  findBreakingChanges,
  findDangerousChanges,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { composedApiSchema } from '@lib/federation/apiSchema';
import type { SchemaSnapshot } from './schemaSnapshot';

/** How much a change can hurt a client written against the released schema. */
export type ChangeLevel = 'breaking' | 'dangerous';

/** One change between the released schema and the new one, in one schema. */
export interface SchemaChange {
  /** `supergraph` (the graph callers see) or the subgraph's name (its contract with the gateway). */
  schema: string;
  level: ChangeLevel;
  /** graphql-js's kind of change, such as FIELD_REMOVED or VALUE_ADDED_TO_ENUM. */
  type: string;
  /** What changed, as graphql-js words it, such as "Offender.visits was removed.". */
  description: string;
}

/** The key a breaking change is acknowledged by in schema/CHANGELOG.md: `<schema>: <description>`. */
export function changeKey(change: SchemaChange): string {
  return `${change.schema}: ${change.description}`;
}

/**
 * A subgraph's SDL as a schema. Federation's directives (@key, @link, @requiresScopes…) are not defined in the
 * SDL, which is valid for composition and not for graphql-js alone, so it is built without validation: the
 * types, fields, arguments and values are what a client of the subgraph (the gateway, another subgraph) relies on.
 */
function subgraphSchema(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl), { assumeValidSDL: true });
}

function changesIn(schema: string, before: GraphQLSchema, after: GraphQLSchema): SchemaChange[] {
  return [
    ...findBreakingChanges(before, after).map((change) => ({
      schema,
      level: 'breaking' as const,
      ...change,
    })),
    ...findDangerousChanges(before, after).map((change) => ({
      schema,
      level: 'dangerous' as const,
      ...change,
    })),
  ];
}

/**
 * Every breaking and dangerous change from `released` to `current`: in the graph callers see (the API schema of
 * the composed subgraphs, so that a field that only subgraphs share, @inaccessible, is not a change for callers),
 * and in each subgraph's own SDL (what the gateway and other subgraphs rely on). A subgraph removed is breaking;
 * one added is not a change to anything released.
 */
export function schemaChanges(released: SchemaSnapshot, current: SchemaSnapshot): SchemaChange[] {
  const changes = changesIn(
    'supergraph',
    composedApiSchema(released.subgraphs),
    composedApiSchema(current.subgraphs),
  );
  for (const before of released.subgraphs) {
    const after = current.subgraphs.find((subgraph) => subgraph.name === before.name);
    if (!after) {
      changes.push({
        schema: before.name,
        level: 'breaking',
        type: 'SUBGRAPH_REMOVED',
        description: `The ${before.name} subgraph was removed.`,
      });
      continue;
    }
    changes.push(...changesIn(before.name, subgraphSchema(before.sdl), subgraphSchema(after.sdl)));
  }
  return changes;
}
