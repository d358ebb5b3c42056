import { GraphQLScalarType, type ValueNode } from 'graphql';
import { badUserInput } from '@lib/graphql/errors';
import { DateScalar, MoneyScalar } from '@lib/graphql/scalars';

/** A Money or Date input the scalar could not read, kept so that the field reports it (see below). */
class MalformedInput {
  constructor(readonly message: string) {}
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A scalar that reads inputs as the shared one does, but hands back what it cannot read instead of throwing.
 * Why: a variable the subgraph cannot coerce makes Apollo Server answer HTTP 400, which the gateway reports as the
 * confiscation system being unavailable; refused by the field instead, it reaches the caller as BAD_USER_INPUT.
 * Outputs are written exactly as the shared scalar writes them.
 */
function tolerantOfInput<Internal>(scalar: GraphQLScalarType<Internal, string>) {
  return new GraphQLScalarType<Internal | MalformedInput, string>({
    ...scalar.toConfig(),
    serialize: (value) => scalar.serialize(value),
    parseValue: (value) => {
      try {
        return scalar.parseValue(value);
      } catch (error) {
        return new MalformedInput(messageOf(error));
      }
    },
    parseLiteral: (ast: ValueNode, variables) => {
      try {
        return scalar.parseLiteral(ast, variables);
      } catch (error) {
        return new MalformedInput(messageOf(error));
      }
    },
  });
}

/** The Date and Money scalars of the confiscation subgraph. */
export const inputTolerantScalars = {
  Date: tolerantOfInput(DateScalar),
  Money: tolerantOfInput(MoneyScalar),
};

/** Throws BAD_USER_INPUT, naming the argument, for the first malformed value among a field's arguments. */
function rejectMalformed(value: unknown, path: string): void {
  if (value instanceof MalformedInput) throw badUserInput(`${path}: ${value.message}`, path);
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) rejectMalformed(inner, path ? `${path}.${key}` : key);
}

type Resolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

/** The resolvers of some types, each refusing malformed arguments before it runs. */
export function refusingMalformedArguments<Map extends Record<string, Record<string, unknown>>>(
  types: Map,
): Map {
  return Object.fromEntries(
    Object.entries(types).map(([typeName, fields]) => [
      typeName,
      Object.fromEntries(
        Object.entries(fields).map(([fieldName, resolve]) =>
          fieldName.startsWith('__') || typeof resolve !== 'function'
            ? [fieldName, resolve]
            : [
                fieldName,
                (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
                  rejectMalformed(args, '');
                  return (resolve as Resolver)(parent, args, context, info);
                },
              ],
        ),
      ),
    ]),
  ) as Map;
}
