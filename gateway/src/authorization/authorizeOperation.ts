import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from '@lib/auth/caller';
import type { AuthorizationRequirements } from '@lib/authorization/authorizationRequirements';
import { callerSatisfies } from '@lib/authorization/callerSatisfies';

/** A field removed from an operation because the caller may not see it. */
export interface DeniedField {
  /** The response path of the field (list indexes omitted: the field is denied at every index). */
  path: string[];
  /** The field's schema coordinate, Type.field. */
  coordinate: string;
}

/** An operation with what the caller may not see taken out. */
export interface AuthorizedOperation {
  /** The operation to plan and execute, fragments inlined; null when nothing in it may be seen. */
  document: DocumentNode | null;
  denied: DeniedField[];
}

/** Introspection reveals the whole schema, so it is a capability of its own. */
const INTROSPECTION_SCOPE = 'schema:introspect';

interface Walk {
  schema: GraphQLSchema;
  requirements: AuthorizationRequirements;
  caller: Caller | null;
  fragments: Map<string, FragmentDefinitionNode>;
  denied: DeniedField[];
}

function mayIntrospect(caller: Caller | null): boolean {
  return caller?.scopes.has(INTROSPECTION_SCOPE) ?? false;
}

function filterSelectionSet(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  path: string[],
): SelectionSetNode | null {
  const kept: SelectionNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const responseKey = selection.alias?.value ?? name;
      const fieldPath = [...path, responseKey];
      if (name === '__schema' || name === '__type') {
        if (mayIntrospect(walk.caller)) kept.push(selection);
        else walk.denied.push({ path: fieldPath, coordinate: `${parentType.name}.${name}` });
        continue;
      }
      const field =
        isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
      if (!field) {
        kept.push(selection);
        continue;
      }
      const coordinate = `${parentType.name}.${name}`;
      const returnType = getNamedType(field.type);
      const allowed =
        callerSatisfies(walk.caller, walk.requirements.fields.get(coordinate)) &&
        callerSatisfies(walk.caller, walk.requirements.types.get(returnType.name));
      if (!allowed) {
        walk.denied.push({ path: fieldPath, coordinate });
        continue;
      }
      if (!selection.selectionSet) {
        kept.push(selection);
        continue;
      }
      const children = filterSelectionSet(walk, selection.selectionSet, returnType, fieldPath);
      // A field whose every subfield was denied cannot be asked for at all: it is denied with them.
      if (children) kept.push({ ...selection, selectionSet: children });
      else walk.denied.push({ path: fieldPath, coordinate });
      continue;
    }
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
    if (!fragment) continue;
    const conditionType = fragment.typeCondition
      ? (walk.schema.getType(fragment.typeCondition.name.value) ?? parentType)
      : parentType;
    const children = filterSelectionSet(walk, fragment.selectionSet, conditionType, path);
    if (children) {
      // Named fragments are inlined, so that each place a fragment is spread is authorized on its own path.
      kept.push({
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: fragment.typeCondition,
        directives: selection.directives,
        selectionSet: children,
      });
    }
  }
  return kept.length > 0 ? { ...selectionSet, selections: kept } : null;
}

function selectedOperation(document: DocumentNode, operationName: string | undefined | null) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName
    ? operations.find((operation) => operation.name?.value === operationName)
    : operations[0];
}

/**
 * Takes out of an operation every field the caller may not see, following the semantics of Apollo Router's
 * authorization directives: a field is removed when its own requirement or that of the type it returns is not
 * met, and the caller is told where. The rest of the operation runs as asked.
 */
export function authorizeOperation(
  schema: GraphQLSchema,
  requirements: AuthorizationRequirements,
  caller: Caller | null,
  document: DocumentNode,
  operationName: string | undefined | null,
): AuthorizedOperation {
  const operation = selectedOperation(document, operationName);
  const rootType = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !rootType) return { document, denied: [] };
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const walk: Walk = { schema, requirements, caller, fragments, denied: [] };
  const selectionSet = filterSelectionSet(walk, operation.selectionSet, rootType, []);
  if (walk.denied.length === 0) return { document, denied: [] };
  return {
    document: selectionSet ? { kind: Kind.DOCUMENT, definitions: [{ ...operation, selectionSet }] } : null,
    denied: walk.denied,
  };
}
