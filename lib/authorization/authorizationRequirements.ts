import {
  Kind,
  parse,
  print,
  visit,
  type DirectiveNode,
  type ValueNode,
  type DocumentNode,
  type SchemaExtensionNode,
  type SchemaDefinitionNode,
} from 'graphql';

/** What a type or field asks of the caller: to be authenticated, and to hold one of several sets of scopes. */
export interface Requirement {
  authenticated: boolean;
  /** Alternatives: the caller must hold every scope of at least one set. Empty means no scope is needed. */
  scopeSets: string[][];
}

/** The requirements declared in a supergraph, by type name and by field coordinate (Type.field). */
export interface AuthorizationRequirements {
  types: ReadonlyMap<string, Requirement>;
  fields: ReadonlyMap<string, Requirement>;
}

const SECURITY_SPECS = {
  authenticated: 'https://specs.apollo.dev/authenticated/',
  requiresScopes: 'https://specs.apollo.dev/requiresScopes/',
} as const;

function stringArgument(directive: DirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function linkDirectives(document: DocumentNode): DirectiveNode[] {
  return document.definitions
    .filter(
      (definition): definition is SchemaDefinitionNode | SchemaExtensionNode =>
        definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION,
    )
    .flatMap((definition) => definition.directives ?? [])
    .filter((directive) => directive.name.value === 'link');
}

/** The names the supergraph gives the two security directives (a @link may rename them with `as`). */
function securityDirectiveNames(document: DocumentNode): { authenticated: string; requiresScopes: string } {
  const names = { authenticated: 'authenticated', requiresScopes: 'requiresScopes' };
  for (const link of linkDirectives(document)) {
    const url = stringArgument(link, 'url') ?? '';
    const alias = stringArgument(link, 'as');
    for (const key of Object.keys(SECURITY_SPECS) as (keyof typeof SECURITY_SPECS)[]) {
      if (url.startsWith(SECURITY_SPECS[key]) && alias) names[key] = alias;
    }
  }
  return names;
}

function scopeSets(value: ValueNode | undefined): string[][] {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.map((set) =>
    set.kind === Kind.LIST
      ? set.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : []))
      : [],
  );
}

function requirementOf(
  directives: readonly DirectiveNode[] | undefined,
  names: { authenticated: string; requiresScopes: string },
): Requirement | undefined {
  let requirement: Requirement | undefined;
  for (const directive of directives ?? []) {
    if (directive.name.value === names.authenticated) {
      requirement = { authenticated: true, scopeSets: requirement?.scopeSets ?? [] };
    }
    if (directive.name.value === names.requiresScopes) {
      const scopes = directive.arguments?.find((argument) => argument.name.value === 'scopes')?.value;
      requirement = {
        authenticated: true,
        scopeSets: [...(requirement?.scopeSets ?? []), ...scopeSets(scopes)],
      };
    }
  }
  return requirement;
}

/**
 * Reads the @authenticated and @requiresScopes requirements of a subgraph SDL, or those that composition kept
 * in the supergraph: they travel with the supergraph, so the same rules hold wherever it is served.
 */
export function readAuthorizationRequirements(sdl: string): AuthorizationRequirements {
  const document = parse(sdl);
  const names = securityDirectiveNames(document);
  const types = new Map<string, Requirement>();
  const fields = new Map<string, Requirement>();
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    const typeRequirement = requirementOf(definition.directives, names);
    if (typeRequirement) types.set(typeName, typeRequirement);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        const fieldRequirement = requirementOf(field.directives, names);
        if (fieldRequirement) fields.set(`${typeName}.${field.name.value}`, fieldRequirement);
      }
    }
  }
  return { types, fields };
}

/**
 * The copy of the supergraph that @apollo/gateway executes. The gateway refuses to load a supergraph that links
 * a feature `for: SECURITY` that it cannot enforce; this gateway enforces those features itself, before
 * planning, so the copy links them without that purpose. The committed supergraph keeps it, as Apollo Router
 * and Hive Gateway expect.
 */
export function executionSupergraph(supergraphSdl: string): string {
  const document = parse(supergraphSdl);
  return print(
    visit(document, {
      Directive(directive) {
        if (directive.name.value !== 'link') return undefined;
        const url = stringArgument(directive, 'url') ?? '';
        if (!Object.values(SECURITY_SPECS).some((spec) => url.startsWith(spec))) return undefined;
        return {
          ...directive,
          arguments: directive.arguments?.filter((argument) => argument.name.value !== 'for'),
        };
      },
    }),
  );
}
