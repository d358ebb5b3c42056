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

/**
 * What one walk of an operation finds, for a caller: what to execute, what was refused, and its footprint for
 * the audit log (the schema coordinates it selects, refused ones included, and whether any is personal data).
 */
export interface OperationAnalysis extends AuthorizedOperation {
  fields: string[];
  /** Whether it asks for personal data at all, refused fields included: such an operation is audited. */
  touchesPersonalData: boolean;
  /** Whether the caller will be given personal data (a field they may see): such an operation needs a purpose. */
  readsPersonalData: boolean;
}

/** The scopes that guard personal data: an operation that needs one of them must state a purpose and is audited. */
const PERSONAL_DATA_SCOPES = new Set([
  'courts:read',
  'custody:read',
  'visits:read',
  'confiscation:read',
  'education:read',
  'education:released',
  'education:shared',
]);

/** Types whose very identifiers are personal data: asking for an offender links their PNC ID and prison number. */
const PERSONAL_TYPES = new Set(['Offender']);

/** Introspection reveals the whole schema, so it is a capability of its own. */
const INTROSPECTION_SCOPE = 'schema:introspect';

interface Walk {
  schema: GraphQLSchema;
  requirements: AuthorizationRequirements;
  caller: Caller | null;
  fragments: Map<string, FragmentDefinitionNode>;
  denied: DeniedField[];
  /** Every coordinate selected (the footprint), and whether one of them is personal data. */
  fields: Set<string>;
  touchesPersonalData: boolean;
  readsPersonalData: boolean;
}

/** Notes a selected field in the walk's footprint, and whether it is personal data the caller may or may not see. */
function noteField(walk: Walk, coordinate: string, returnType: string, allowed: boolean): void {
  walk.fields.add(coordinate);
  if (walk.readsPersonalData || (walk.touchesPersonalData && !allowed)) return;
  const personal =
    PERSONAL_TYPES.has(returnType) ||
    [walk.requirements.fields.get(coordinate), walk.requirements.types.get(returnType)].some((requirement) =>
      requirement?.scopeSets.some((set) => set.some((scope) => PERSONAL_DATA_SCOPES.has(scope))),
    );
  if (!personal) return;
  walk.touchesPersonalData = true;
  if (allowed) walk.readsPersonalData = true;
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
      noteField(walk, coordinate, returnType.name, allowed);
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
 * Walks an operation once for a caller. It takes out every field the caller may not see, following the semantics
 * of Apollo Router's authorization directives: a field is removed when its own requirement or that of the type it
 * returns is not met, and the caller is told where; the rest of the operation runs as asked. On the way it notes
 * the operation's footprint for the audit log.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  requirements: AuthorizationRequirements,
  caller: Caller | null,
  document: DocumentNode,
  operationName: string | undefined | null,
): OperationAnalysis {
  const operation = selectedOperation(document, operationName);
  const rootType = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !rootType)
    return { document, denied: [], fields: [], touchesPersonalData: false, readsPersonalData: false };
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const walk: Walk = {
    schema,
    requirements,
    caller,
    fragments,
    denied: [],
    fields: new Set(),
    touchesPersonalData: false,
    readsPersonalData: false,
  };
  const selectionSet = filterSelectionSet(walk, operation.selectionSet, rootType, []);
  const footprint = {
    fields: [...walk.fields].sort(),
    touchesPersonalData: walk.touchesPersonalData,
    readsPersonalData: walk.readsPersonalData,
  };
  if (walk.denied.length === 0) return { document, denied: [], ...footprint };
  return {
    document: selectionSet ? { kind: Kind.DOCUMENT, definitions: [{ ...operation, selectionSet }] } : null,
    denied: walk.denied,
    ...footprint,
  };
}
