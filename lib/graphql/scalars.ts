import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { formatPence, parsePounds } from '../money';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Reads an ISO calendar date (YYYY-MM-DD) and rejects impossible dates such as 2024-02-30. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) {
    throw invalid(`Date must be a string of the form YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw invalid(`${value} is not a calendar date`);
  }
  return value;
}

/** A calendar date, kept as its ISO string so that no time zone shifts it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, for example 2024-06-30.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): string {
  if (
    typeof value !== 'string' ||
    Number.isNaN(Date.parse(value)) ||
    !/T.*(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw invalid(`DateTime must be an ISO 8601 string with a time zone, got ${JSON.stringify(value)}`);
  }
  return new Date(value).toISOString();
}

/** A point in time, always given out in UTC. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A point in time in ISO 8601 form with a time zone, for example 2024-06-30T09:30:00.000Z.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseDateTime(value)),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseMoney(value: unknown): number {
  const pence = typeof value === 'string' ? parsePounds(value) : undefined;
  if (pence === undefined) {
    throw invalid(
      `Money must be a decimal string with at most two places, for example "1234.56", got ${JSON.stringify(value)}`,
    );
  }
  return pence;
}

/** An amount of money: whole pence inside the services, an exact decimal string of pounds on the wire. */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description:
    'An amount in pounds sterling as an exact decimal string with two places, for example "1234.56".',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      throw new GraphQLError('Money must be whole pence');
    return formatPence(value);
  },
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** The scalar resolvers every subgraph shares. */
export const sharedScalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar, Money: MoneyScalar };
