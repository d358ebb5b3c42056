import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { maxRootFields } from './maxRootFields';

/** The limits every operation must keep within (each has a GATEWAY_MAX_* setting). */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

/**
 * The protections of graphql-armor (depth, aliases, cost, directives, no field suggestions) and a root field
 * limit, as validation rules and plugins for Apollo Server, and the token limit as graphql-js's own parse option.
 * Refusals come back as GraphQL errors whose code names the limit.
 *
 * The token limit is not armor's: its Apollo plugin parses the document a second time in parsingDidStart and
 * throws from there, which Apollo Server answers as an internal error (HTTP 500) for every syntax error a client
 * sends. graphql-js stops parsing past `maxTokens` itself, and Apollo Server answers that, like any syntax error,
 * 400 GRAPHQL_PARSE_FAILED.
 */
export function operationLimits<Context extends BaseContext>(
  limits: OperationLimits,
): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    plugins: protection.plugins,
    validationRules: [...protection.validationRules, maxRootFields(limits.maxRootFields)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
