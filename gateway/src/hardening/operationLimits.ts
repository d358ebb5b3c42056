import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';
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
 * The protections of graphql-armor (depth, aliases, tokens, cost, directives, no field suggestions) and a root
 * field limit, as validation rules and plugins for Apollo Server. Refusals come back as GraphQL errors whose
 * code names the limit.
 */
export function operationLimits<Context extends BaseContext>(
  limits: OperationLimits,
): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    plugins: protection.plugins,
    validationRules: [...protection.validationRules, maxRootFields(limits.maxRootFields)],
  };
}
