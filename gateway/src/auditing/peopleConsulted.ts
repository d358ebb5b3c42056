import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import {
  canonicalPersonIdentifier,
  isPersonIdentifierKind,
  PERSON_IDENTIFIER_KINDS,
  type PersonIdentifierKind,
} from '@lib/identifiers/personIdentifier';
import type { AuditPerson } from '../audit/auditRecord';

/**
 * Who an operation consulted, person by person, for the audit record: the identifiers (PNC ID, prison number,
 * CRO number) in its arguments and in its answer, grouped by the person they belong to. The data-protection
 * officer's look-up of a person then finds every consultation of them, whichever identifier each one used: the
 * gateway holds no domain data, so the audit log learns which identifiers go together from what it sees.
 *
 * The answer is read through the operation's own selections, by field name (an alias such as `id: pncId` is still
 * a PNC ID, and `pncId: lastName` is not), and an identifier counts only when it is valid for its kind; each is
 * kept in its canonical form (a PNC ID in its long form). Which identifiers are one person's:
 * - those on one object (an Offender's pncId and prisonNumber);
 * - those of an object reached from it through single objects, not lists (an Offender's custody record and its
 *   croNumber), unless they disagree with it (another pncId is another person);
 * - a field's identifier arguments and the object it returns (offender(pncId:) and the Offender's prisonNumber).
 * Each item of a list, and each item of a list argument, is a person of its own.
 */

/** What one response key of a selection holds: an identifier, and what lies below it. */
interface FieldPlan {
  identifier: PersonIdentifierKind | null;
  /** Arguments that are, or may hold, identifiers (an input object, a variable). */
  args: ValueNode[];
  /** Argument names, in step with `args`. */
  argNames: string[];
  children: SelectionPlan | null;
}

type SelectionPlan = Map<string, FieldPlan>;

type Variables = Record<string, unknown> | undefined;

/** A person as they are being found: identifiers by kind. */
type Found = Partial<Record<PersonIdentifierKind, string>>;

const plans = new WeakMap<DocumentNode, Map<string, SelectionPlan | null>>();

/**
 * The people the operation consulted, each with every identifier seen for them, in canonical form and in a fixed
 * order. `data` is the answer's data (null or absent when nothing was returned: the arguments still count).
 */
export function peopleConsulted(
  document: DocumentNode | undefined,
  operationName: string | null | undefined,
  variables: Variables,
  data: unknown,
): AuditPerson[] {
  if (!document) return [];
  const plan = operationPlan(document, operationName ?? null);
  if (!plan) return [];
  const people = new Set<Found>();
  visitObject(plan, isObject(data) ? data : {}, null, variables, people);
  return inOrder([...people].map(asPerson));
}

function asPerson(found: Found): AuditPerson {
  return {
    pncId: found.pncId ?? null,
    prisonNumber: found.prisonNumber ?? null,
    croNumber: found.croNumber ?? null,
  };
}

/** People with at least one identifier, each once, in a fixed order (the record's hash covers the order). */
function inOrder(people: readonly AuditPerson[]): AuditPerson[] {
  const unique = new Map<string, AuditPerson>();
  for (const person of people) {
    if (PERSON_IDENTIFIER_KINDS.some((kind) => person[kind] !== null))
      unique.set(JSON.stringify(person), person);
  }
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, person]) => person);
}

/**
 * The identity links a subgraph reported (lib/subgraph/disclosure.ts), as people: valid identifiers only, in
 * canonical form; anything else in the extension is passed over.
 */
export function readIdentityLinks(links: unknown): AuditPerson[] {
  if (!Array.isArray(links)) return [];
  return links.flatMap((link: unknown) => {
    if (!isObject(link)) return [];
    const found: Found = {};
    for (const kind of PERSON_IDENTIFIER_KINDS) note(found, kind, link[kind]);
    return Object.keys(found).length > 0 ? [asPerson(found)] : [];
  });
}

/**
 * The people of an operation with what the systems of record say about them: a link joins each person it shares
 * an identifier with and agrees with (the prison number asked for gains the PNC ID P-Nomis holds for it); a link
 * that joins no one is a person of its own (someone the request concerned whom the answer did not show).
 */
export function linkPeople(people: readonly AuditPerson[], links: readonly AuditPerson[]): AuditPerson[] {
  const joined = people.map((person) => ({ ...person }));
  for (const link of links) {
    const shares = (person: AuditPerson) =>
      PERSON_IDENTIFIER_KINDS.some((kind) => link[kind] !== null && person[kind] === link[kind]);
    const matches = joined.filter((person) => shares(person) && agrees(compact(person), compact(link)));
    for (const person of matches) {
      for (const kind of PERSON_IDENTIFIER_KINDS) person[kind] ??= link[kind];
    }
    if (matches.length === 0) joined.push({ ...link });
  }
  return inOrder(joined);
}

/** A person's identifiers without the kinds they lack. */
function compact(person: AuditPerson): Found {
  const found: Found = {};
  for (const kind of PERSON_IDENTIFIER_KINDS) if (person[kind] !== null) found[kind] = person[kind];
  return found;
}

/** The operation's plan, built once per document and operation (Apollo Server keeps parsed documents). */
function operationPlan(document: DocumentNode, operationName: string | null): SelectionPlan | null {
  let byOperation = plans.get(document);
  if (!byOperation) {
    byOperation = new Map();
    plans.set(document, byOperation);
  }
  const key = operationName ?? '';
  if (!byOperation.has(key)) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    let operation: SelectionSetNode | null = null;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      if (
        definition.kind === Kind.OPERATION_DEFINITION &&
        (!operationName || definition.name?.value === operationName)
      ) {
        operation ??= definition.selectionSet;
      }
    }
    byOperation.set(key, operation ? buildPlan([operation], fragments, new Set()) : null);
  }
  return byOperation.get(key) ?? null;
}

/**
 * The plan of some selection sets taken together (a field's selections merge across fragments and repeats),
 * keeping only what can lead to an identifier. Type conditions are not needed: a field that does not apply to an
 * object is not in its answer.
 */
function buildPlan(
  selectionSets: readonly SelectionSetNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spreading: ReadonlySet<string>,
): SelectionPlan | null {
  const fields = new Map<string, FieldNode[]>();
  const collect = (selectionSet: SelectionSetNode, inside: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, inside);
      } else if (!inside.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet, new Set([...inside, selection.name.value]));
      }
    }
  };
  for (const selectionSet of selectionSets) collect(selectionSet, spreading);
  const plan: SelectionPlan = new Map();
  for (const [key, nodes] of fields) {
    const name = nodes[0]?.name.value ?? '';
    const identifier = isPersonIdentifierKind(name) ? name : null;
    const args: ValueNode[] = [];
    const argNames: string[] = [];
    for (const argument of nodes.flatMap((node) => node.arguments ?? [])) {
      const { kind } = argument.value;
      const mayHold = kind === Kind.VARIABLE || kind === Kind.OBJECT || kind === Kind.LIST;
      if (isPersonIdentifierKind(argument.name.value) || mayHold) {
        args.push(argument.value);
        argNames.push(argument.name.value);
      }
    }
    const childSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const children = childSets.length > 0 ? buildPlan(childSets, fragments, spreading) : null;
    if (identifier || args.length > 0 || children) plan.set(key, { identifier, args, argNames, children });
  }
  return plan.size > 0 ? plan : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `found` has no other value of a kind `more` names. */
function agrees(found: Found, more: Found): boolean {
  return PERSON_IDENTIFIER_KINDS.every(
    (kind) => found[kind] === undefined || more[kind] === undefined || found[kind] === more[kind],
  );
}

/** Adds the identifier to `found` when it is valid for its kind. */
function note(found: Found, kind: PersonIdentifierKind, value: unknown): void {
  if (typeof value !== 'string') return;
  const canonical = canonicalPersonIdentifier(kind, value);
  if (canonical) found[kind] = canonical;
}

/**
 * The identifiers in a field's arguments: its own identifier arguments and those of a single input object go to
 * `found`; each object of a list, and each object nested deeper (a visitor in a booking), is a person of its own.
 */
function argumentIdentifiers(field: FieldPlan, variables: Variables, people: Set<Found>): Found {
  const found: Found = {};
  const readObject = (value: Record<string, unknown>, into: Found) => {
    for (const [name, item] of Object.entries(value)) {
      if (isPersonIdentifierKind(name)) note(into, name, item);
      else readValue(item, false);
    }
  };
  const readValue = (value: unknown, ownPerson: boolean) => {
    if (Array.isArray(value)) for (const item of value) readValue(item, false);
    else if (isObject(value)) {
      if (ownPerson) readObject(value, found);
      else {
        const person: Found = {};
        readObject(value, person);
        people.add(person);
      }
    }
  };
  field.args.forEach((node, index) => {
    const name = field.argNames[index] ?? '';
    const value: unknown = valueFromASTUntyped(node, variables);
    if (isPersonIdentifierKind(name)) note(found, name, value);
    else readValue(value, true);
  });
  return found;
}

/**
 * Visits one object of the answer: its identifiers join the person carried to it (when they agree) or make a
 * new one, and its fields are visited in turn, carrying that person through single objects.
 */
function visitObject(
  plan: SelectionPlan,
  object: Record<string, unknown>,
  carried: Found | null,
  variables: Variables,
  people: Set<Found>,
): void {
  const own: Found = {};
  for (const [key, field] of plan) if (field.identifier) note(own, field.identifier, object[key]);
  let person: Found | null = carried;
  if (!person || !agrees(person, own)) person = Object.keys(own).length > 0 ? {} : null;
  if (person) {
    Object.assign(person, own);
    people.add(person);
  }
  for (const [key, field] of plan) {
    if (!field.children && field.args.length === 0) continue;
    const fromArgs = field.args.length > 0 ? argumentIdentifiers(field, variables, people) : {};
    const hasArgs = Object.keys(fromArgs).length > 0;
    const value = object[key];
    if (isObject(value) && field.children) {
      // The same person goes on down through a single object; the field's own arguments name who it returns.
      let next = person;
      if (hasArgs) {
        next = person && agrees(person, fromArgs) ? person : {};
        Object.assign(next, fromArgs);
      }
      visitObject(field.children, value, next, variables, people);
    } else {
      if (hasArgs) people.add(fromArgs);
      if (Array.isArray(value) && field.children) visitList(field.children, value, variables, people);
    }
  }
}

function visitList(plan: SelectionPlan, items: unknown[], variables: Variables, people: Set<Found>): void {
  for (const item of items) {
    if (Array.isArray(item)) visitList(plan, item, variables, people);
    else if (isObject(item)) visitObject(plan, item, null, variables, people);
  }
}
