import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** The composed supergraph, as the gateway serves it: read from the file, so a field added later is walked too. */
export function composedSchema(): GraphQLSchema {
  const sdl = readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8');
  return buildSchema(sdl, { assumeValidSDL: true });
}

/** One query per field of Offender: the field and everything under it, for one person asked for by one key. */
export interface FieldProbe {
  field: string;
  document: string;
}

/** How many levels of object types under each field of Offender are selected. */
const DEPTH = 4;

/** A literal for a required argument with no default, made up from its type alone. */
function sampleLiteral(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleLiteral(type.ofType);
  if (isListType(type)) return `[${sampleLiteral(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return `{ ${fields.map((field) => `${field.name}: ${sampleLiteral(field.type)}`).join(', ')} }`;
  }
  const samples: Record<string, string> = {
    Int: '1',
    Float: '1',
    Boolean: 'true',
    Date: `"${new Date().toISOString().slice(0, 10)}"`,
    DateTime: `"${new Date().toISOString()}"`,
    Money: '"1.00"',
  };
  return samples[type.name] ?? '"A1234BC"';
}

/** The arguments to write for a field: only the required ones without a default; the others keep theirs. */
function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  if (required.length === 0) return '';
  return `(${required.map((arg) => `${arg.name}: ${sampleLiteral(arg.type)}`).join(', ')})`;
}

/**
 * The selection of every field of an object type, recursively to `depth` levels. A type already on the path is
 * not entered again (Prison.prisoners leads back to Offender), and an abstract type is asked only its __typename,
 * which is enough to see that something came back. `include` leaves out fields (by default none).
 */
export function selectionOf(
  type: GraphQLObjectType,
  depth: number,
  path: readonly string[],
  include: (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) => boolean = () => true,
): string | null {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!include(type, field)) continue;
    const named = getNamedType(field.type);
    const name = `${field.name}${argumentsOf(field)}`;
    if (isAbstractType(named)) {
      parts.push(`${name} { __typename }`);
    } else if (!isObjectType(named)) {
      parts.push(name);
    } else if (depth > 0 && !path.includes(named.name)) {
      const inner = selectionOf(named, depth - 1, [...path, named.name], include);
      if (inner) parts.push(`${name} ${inner}`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : null;
}

/**
 * A query for each field of Offender in the composed schema, finding the person by `key` (pncId or
 * prisonNumber, passed as the variable $id), with everything under the field selected.
 */
export function offenderFieldProbes(schema: GraphQLSchema, key: 'pncId' | 'prisonNumber'): FieldProbe[] {
  const offender = schema.getType('Offender');
  if (!isObjectType(offender)) throw new Error('the composed schema has no Offender type');
  return Object.values(offender.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    const selection = isObjectType(named)
      ? selectionOf(named, DEPTH - 1, ['Offender', named.name])
      : isAbstractType(named)
        ? '{ __typename }'
        : '';
    if (selection === null) return [];
    return [
      {
        field: field.name,
        document: `query Probe($id: ID) { offender(${key}: $id) { __typename ${field.name}${argumentsOf(field)} ${selection} } }`,
      },
    ];
  });
}
