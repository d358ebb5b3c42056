import { GraphQLError, Kind, type ValidationRule } from 'graphql';

/**
 * Refuses an operation with more than `limit` root fields: each root field is a separate fan-out across the
 * subgraphs, so many of them in one request is a cheap way to make the gateway do a lot of work.
 */
export function maxRootFields(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const rootFields = operation.selectionSet.selections.filter(
        (selection) => selection.kind === Kind.FIELD,
      );
      if (rootFields.length > limit) {
        context.reportError(
          new GraphQLError(`Operation has ${rootFields.length} root fields; at most ${limit} are allowed`, {
            nodes: [operation],
          }),
        );
      }
    },
  });
}
