import { defaultFieldResolver, getNamedType, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import type { Caller } from '../auth/caller';
import type { AuthorizationRequirements } from './authorizationRequirements';
import { callerSatisfies } from './callerSatisfies';

/** What a subgraph's context must offer for its own authorization checks. */
export interface AuthorizedContext {
  /** The caller the gateway vouched for; null when anonymous. */
  caller: Caller | null;
}

/**
 * Makes a subgraph enforce the requirements of its own SDL, as defence in depth: every field with a requirement
 * of its own, or returning a type with one, refuses a caller who does not meet it. Under normal operation the
 * gateway has already taken such fields out; this stops anyone who reaches the subgraph another way.
 */
export function enforceRequirements(
  schema: GraphQLSchema,
  requirements: AuthorizationRequirements,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const fieldRequirement = requirements.fields.get(`${type.name}.${field.name}`);
      const typeRequirement = requirements.types.get(getNamedType(field.type).name);
      if (!fieldRequirement && !typeRequirement) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, context: AuthorizedContext, info) => {
        if (
          !callerSatisfies(context.caller, fieldRequirement) ||
          !callerSatisfies(context.caller, typeRequirement)
        ) {
          throw new GraphQLError('Unauthorized field or type', {
            extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' },
          });
        }
        return resolve(parent, args, context, info);
      };
    }
  }
  return schema;
}
