import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  type DefinitionNode,
  type GraphQLField,
  type GraphQLInputField,
} from 'graphql';
import { composeSupergraph, readRoverConfig } from '@lib/federation/composeSupergraph';

const root = resolve(__dirname, '../..');
const subgraphs = readRoverConfig(resolve(root, 'rover.yaml'));

describe('the composed supergraph', () => {
  it('composes without errors and matches the committed schema/supergraph.graphql', () => {
    const outcome = composeSupergraph(subgraphs);
    if (!outcome.ok) throw new Error(`composition failed:\n${outcome.errors.join('\n')}`);
    const committed = readFileSync(resolve(root, 'schema/supergraph.graphql'), 'utf8');
    // A mismatch means a subgraph SDL changed without `npm run compose`.
    expect(committed.trimEnd()).toBe(outcome.supergraphSdl.trimEnd());
  });

  it('composes without hints, so subgraphs agree on shared types and descriptions', () => {
    const outcome = composeSupergraph(subgraphs);
    expect(outcome.ok && outcome.hints).toEqual([]);
  });

  it('lists every subgraph in rover.yaml with a routing URL on its default port', () => {
    expect(subgraphs.map((subgraph) => [subgraph.name, new URL(subgraph.routingUrl).port])).toEqual([
      ['courts', '4001'],
      ['pnomis', '4002'],
      ['visits', '4003'],
      ['confiscation', '4004'],
      ['notifications', '4005'],
    ]);
  });

  it('reports composition errors clearly instead of writing a broken supergraph', () => {
    const broken = subgraphs.map((subgraph) =>
      subgraph.name === 'visits'
        ? { ...subgraph, sdl: subgraph.sdl.replace('visitEvents: [JourneyEvent!]', 'visitEvents: String') }
        : subgraph,
    );
    const outcome = composeSupergraph(broken);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.join('\n')).toMatch(/visitEvents/);
  });
});

describe('the subgraph SDLs', () => {
  it.each(subgraphs.map((subgraph) => [subgraph.name, subgraph.sdl]))(
    '%s describes every type, field, argument and enum value',
    (_name, sdl) => {
      const schema = buildASTSchema(parse(`${FEDERATION_STUBS}\n${sdl}`), { assumeValidSDL: true });
      const undocumented: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith('__') || type.name.startsWith('link__')) continue;
        if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
        if (!type.description) undocumented.push(type.name);
        if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
          for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(
            type.getFields(),
          )) {
            if (!field.description) undocumented.push(`${type.name}.${field.name}`);
            for (const arg of 'args' in field ? field.args : []) {
              if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
        if (isEnumType(type)) {
          for (const value of type.getValues())
            if (!value.description) undocumented.push(`${type.name}.${value.name}`);
        }
      }
      expect(undocumented).toEqual([]);
    },
  );

  it('define the shared journey types identically in every subgraph', () => {
    const shared = ['JourneyEvent', 'JourneySystem', 'JourneyEventKind', 'Date', 'DateTime', 'Money'];
    const printed = subgraphs.map((subgraph) =>
      parse(subgraph.sdl)
        .definitions.filter(
          (definition: DefinitionNode) =>
            'name' in definition && shared.includes(definition.name?.value ?? ''),
        )
        .map((definition) => print(definition))
        .join('\n'),
    );
    for (const definitions of printed) expect(definitions).toBe(printed[0]);
    expect(printed[0]?.match(new RegExp(`^(type|enum|scalar) (${shared.join('|')})`, 'gm'))).toHaveLength(
      shared.length,
    );
  });

  it('load their federation directives through @link', () => {
    for (const subgraph of subgraphs) {
      const extension = parse(subgraph.sdl).definitions.find(
        (definition) => definition.kind === Kind.SCHEMA_EXTENSION,
      );
      expect(extension && print(extension)).toMatch(/specs\.apollo\.dev\/federation\/v2\.\d+/);
    }
  });
});

/** Federation's directives, so that buildASTSchema can read a subgraph SDL on its own. */
const FEDERATION_STUBS = `
  directive @link(url: String!, import: [String]) repeatable on SCHEMA
  directive @key(fields: String!, resolvable: Boolean) repeatable on OBJECT | INTERFACE
  directive @shareable on OBJECT | FIELD_DEFINITION
  directive @external on OBJECT | FIELD_DEFINITION
  directive @requires(fields: String!) on FIELD_DEFINITION
  directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
`;
