import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { readAuthorizationRequirements } from '@lib/authorization/authorizationRequirements';
import { derivableCells, type AdditiveLine } from '@lib/statistics/derivableCells';
import { MINIMUM_PEOPLE } from '@lib/statistics/disclosureControl';
import { selectionOf } from '../../access/support/offenderFieldProbes';

/**
 * What a reader of the published figures can see, checked from the answers alone, generically: the figure roots
 * and figure fields are found in the composed schema, so a field added later is checked without a change here.
 *
 * - A *figure root* is a query field analysts reach with `aggregates:read` (on the field or its type).
 * - A *figure set* is an object of a type with a `suppressed` field; its *figures* are its nullable scalar fields
 *   (the non-null ones, such as a year or a level, say what the set is of). A *count* is an Int figure that is
 *   not a number of days (named …Days); an *additive* figure is a count or an amount of Money.
 * - A *total* is found by shape: an `overall` figure set beside lists whose items are, or hold, figure sets
 *   (every court, region, band, year) is their total in each additive figure they share with it by name and
 *   type (a year's amountOrdered and amountCollected, not its ordersMade); and a list item whose key (a scalar
 *   field such as `region`) other items share is the total of those (a region of its courts). Inside a set, a
 *   count that is at least another in every set of the type, and more in several, is taken to contain it (cases
 *   sent and cases heard).
 * - A list the schema says leaves some of the total out (PARTIAL_LISTS) is checked only for what subtraction
 *   leaves: a reader cannot take its parts for the total.
 */
export interface FigureRoot {
  field: string;
  /** Everything an analyst may read under the field, with each of its arguments as a variable. */
  document: string;
  /** The arguments to ask it with: none, then each date argument alone at each sample date, each enum value. */
  variants: Record<string, unknown>[];
}

const ANALYST_SCOPE = 'aggregates:read';

/** Lists whose items leave part of the total out, as their descriptions in the schema say. */
const PARTIAL_LISTS = new Set([
  // "cases that name no sending court are in overall only"
  'CrownCourtWaitingTimes.byMagistratesCourt',
]);

/** The composed supergraph's requirements, to see what an analyst reaches. */
function requirements() {
  return readAuthorizationRequirements(
    readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
  );
}

function analystMayRead(scopeSets: string[][] | undefined): boolean {
  return (
    !scopeSets || scopeSets.length === 0 || scopeSets.some((set) => set.every((s) => s === ANALYST_SCOPE))
  );
}

/**
 * Every query field analysts reach for figures, with a document that asks for everything they may read under it,
 * and the arguments to ask it with, so that more than one table of each is checked: the dates given stand for
 * any date argument.
 */
export function figureRoots(schema: GraphQLSchema, sampleDates: readonly string[]): FigureRoot[] {
  const { types, fields } = requirements();
  const readable = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) =>
    analystMayRead(fields.get(`${type.name}.${field.name}`)?.scopeSets) &&
    analystMayRead(types.get(getNamedType(field.type).name)?.scopeSets);
  const query = schema.getQueryType();
  if (!query) return [];
  return Object.values(query.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    const demands = [fields.get(`Query.${field.name}`), types.get(named.name)];
    const forAnalysts = demands.some((demand) =>
      demand?.scopeSets.some((set) => set.includes(ANALYST_SCOPE)),
    );
    if (!forAnalysts || !isObjectType(named)) return [];
    const selection = selectionOf(named, 4, [named.name], readable);
    if (!selection) return [];
    const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const variants = [
      {},
      ...field.args.flatMap((arg) => {
        const type = getNamedType(arg.type);
        const values =
          type.name === 'Date' ? sampleDates : isEnumType(type) ? type.getValues().map((v) => v.name) : [];
        return values.map((value) => ({ [arg.name]: value }));
      }),
    ];
    const withArguments = field.args.length > 0;
    return [
      {
        field: field.name,
        document: `query Figures${withArguments ? `(${declared})` : ''} { ${field.name}${withArguments ? `(${passed})` : ''} ${selection} }`,
        variants,
      },
    ];
  });
}

type Json = Record<string, unknown>;

interface FigureSet {
  path: string;
  type: GraphQLObjectType;
  values: Json;
}

const isFigureSetType = (type: GraphQLObjectType) => 'suppressed' in type.getFields();

/** The figures of a figure-set type: its nullable scalar fields. */
function figuresOf(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter(
    (field) => field.name !== 'suppressed' && !isNonNullType(field.type) && isScalarType(field.type),
  );
}

const isCount = (field: GraphQLField<unknown, unknown>) =>
  getNamedType(field.type).name === 'Int' && !field.name.endsWith('Days');
const isAdditive = (field: GraphQLField<unknown, unknown>) =>
  isCount(field) || getNamedType(field.type).name === 'Money';

const NUMBERS = new Set(['Int', 'Float', 'Money']);

/** The figure sets in an answer, with where they are; an object with numbers but no marker is one, unmarked. */
function figureSetsIn(
  value: unknown,
  type: GraphQLOutputType,
  path: string,
  found: FigureSet[],
): FigureSet[] {
  if (isNonNullType(type)) return figureSetsIn(value, type.ofType, path, found);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((item, index) => figureSetsIn(item, type.ofType, `${path}[${index}]`, found));
    return found;
  }
  if (!isObjectType(type) || value === null || typeof value !== 'object') return found;
  const values = value as Json;
  const hasNumbers = Object.values(type.getFields()).some((field) =>
    NUMBERS.has(getNamedType(field.type).name),
  );
  if (isFigureSetType(type) || hasNumbers) found.push({ path, type, values });
  for (const field of Object.values(type.getFields())) {
    if (field.name in values) figureSetsIn(values[field.name], field.type, `${path}.${field.name}`, found);
  }
  return found;
}

/** A total and its parts, as paths to figure sets, and the figures they share by name: those the parts add up to. */
interface FigureLine {
  total: string;
  parts: string[];
  figures: GraphQLField<unknown, unknown>[];
  /** Whether the parts add up to the total; when not, only what subtraction leaves is checked. */
  exact: boolean;
}

/** The figure set of a list item: the item itself, or its one field of a figure-set type. */
function figureSetOf(
  item: GraphQLObjectType,
): { holder: string | null; type: GraphQLObjectType } | undefined {
  if (isFigureSetType(item)) return { holder: null, type: item };
  const holding = Object.values(item.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    return isObjectType(named) && isFigureSetType(named) ? [{ holder: field.name, type: named }] : [];
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** The additive figures two figure-set types share: the same name and the same type. */
function sharedFigures(total: GraphQLObjectType, part: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  const partFigures = new Map(figuresOf(part).map((field) => [field.name, field]));
  return figuresOf(total)
    .filter(isAdditive)
    .filter(
      (field) => getNamedType(partFigures.get(field.name)?.type ?? field.type) === getNamedType(field.type),
    )
    .filter((field) => partFigures.has(field.name));
}

/** The keys of a list item: its non-null scalar or enum fields, which say what it is of. */
function keysOf(itemType: GraphQLObjectType): string[] {
  return Object.values(itemType.getFields())
    .filter(
      (field) =>
        isNonNullType(field.type) && (isScalarType(field.type.ofType) || isEnumType(field.type.ofType)),
    )
    .map((field) => field.name);
}

/** The totals the shape of an answer shows, under one object. */
function linesUnder(
  value: unknown,
  type: GraphQLOutputType,
  path: string,
  lines: FigureLine[],
): FigureLine[] {
  if (isNonNullType(type)) return linesUnder(value, type.ofType, path, lines);
  if (!isObjectType(type) || value === null || typeof value !== 'object' || Array.isArray(value))
    return lines;
  const values = value as Json;
  const fields = type.getFields();
  const overallType = fields.overall && getNamedType(fields.overall.type);
  if (overallType && isObjectType(overallType) && isFigureSetType(overallType)) {
    const lists = Object.values(fields).flatMap((field) => {
      const item = getNamedType(field.type);
      if (!isListType(isNonNullType(field.type) ? field.type.ofType : field.type) || !isObjectType(item))
        return [];
      const set = figureSetOf(item);
      const items = values[field.name];
      if (!set || !Array.isArray(items)) return [];
      const at = (index: number) =>
        `${path}.${field.name}[${index}]${set.holder === null ? '' : `.${set.holder}`}`;
      const exact = !PARTIAL_LISTS.has(`${type.name}.${field.name}`);
      return [{ item, setType: set.type, items: items as Json[], at, exact }];
    });
    for (const { setType, items, at, exact } of lists) {
      const figures = sharedFigures(overallType, setType);
      const parts = items.map((_, index) => at(index));
      if (figures.length > 0) lines.push({ total: `${path}.overall`, parts, figures, exact });
    }
    // A list whose items share a key with the items of another, each once there: those items are its parts.
    for (const parts of lists) {
      for (const totals of lists) {
        const figures = sharedFigures(totals.setType, parts.setType);
        if (parts === totals || figures.length === 0) continue;
        for (const key of keysOf(parts.item).filter((name) => keysOf(totals.item).includes(name))) {
          const totalKeys = totals.items.map((item) => item[key]);
          if (new Set(totalKeys).size !== totalKeys.length) continue;
          totals.items.forEach((item, index) => {
            const under = parts.items.flatMap((part, at) => (part[key] === item[key] ? [parts.at(at)] : []));
            if (under.length > 0 && under.length < parts.items.length) {
              lines.push({ total: totals.at(index), parts: under, figures, exact: parts.exact });
            }
          });
        }
      }
    }
  }
  for (const field of Object.values(fields)) {
    if (field.name in values) linesUnder(values[field.name], field.type, `${path}.${field.name}`, lines);
  }
  return lines;
}

/** How many people a count that is left over may not be: 1 to 4. */
const identifiesFew = (count: number) => count > 0 && count < MINIMUM_PEOPLE;

/**
 * Everything a reader could learn about fewer than 5 people from one figure root's answer: a published count of 1
 * to 4; a set marked wrongly; a total less its published parts counting 1 to 4, or leaving one withheld part alone
 * to be worked out; a count less a count it contains counting 1 to 4; any withheld additive figure that the totals
 * give exactly, by any combination. An empty list is an answer that discloses none of this.
 */
export function disclosureProblems(schema: GraphQLSchema, root: string, data: unknown): string[] {
  const rootType = schema.getQueryType()?.getFields()[root]?.type;
  if (!rootType) return [`no query field ${root}`];
  const problems: string[] = [];
  const sets = figureSetsIn(data, rootType, root, []);
  const byPath = new Map(sets.map((set) => [set.path, set]));
  const valueAt = (path: string, field: string) => byPath.get(path)?.values[field];

  for (const { path, type, values } of sets) {
    if (!isFigureSetType(type)) {
      problems.push(`${path}: ${type.name} publishes figures with no suppressed marker`);
      continue;
    }
    const figures = figuresOf(type);
    if (values.suppressed === true && figures.every((field) => values[field.name] !== null)) {
      problems.push(`${path}: suppressed but no figure withheld`);
    }
    for (const field of figures.filter(isCount)) {
      const value = values[field.name];
      if (values.suppressed === false && value === null)
        problems.push(`${path}.${field.name}: null, not suppressed`);
      if (typeof value === 'number' && identifiesFew(value))
        problems.push(`${path}.${field.name}: ${value} published`);
    }
  }

  const lines = linesUnder(data, rootType, root, []);
  for (const { total, parts, figures, exact } of lines) {
    for (const field of figures) {
      const totalValue = valueAt(total, field.name);
      if (totalValue === null || totalValue === undefined) continue;
      const withheld = parts.filter((part) => valueAt(part, field.name) === null);
      if (exact && withheld.length === 1) {
        problems.push(`${total}.${field.name} less its parts gives ${withheld[0]} away`);
      }
      if (!isCount(field)) continue;
      const published = parts.reduce((sum, part) => sum + Number(valueAt(part, field.name) ?? 0), 0);
      const left = Number(totalValue) - published;
      if (identifiesFew(left)) problems.push(`${total}.${field.name} less its parts leaves ${left}`);
    }
  }

  // Inside a set: a count that contains another (at least it in every set, more in several) less that count.
  const typesOfSets = [...new Set(sets.map((set) => set.type))];
  for (const type of typesOfSets) {
    const instances = sets.filter((set) => set.type === type);
    const counts = figuresOf(type)
      .filter(isCount)
      .map((field) => field.name);
    for (const whole of counts) {
      for (const part of counts.filter((name) => name !== whole)) {
        const both = instances.filter(
          ({ values }) => typeof values[whole] === 'number' && typeof values[part] === 'number',
        );
        const contains = both.every(({ values }) => Number(values[whole]) >= Number(values[part]));
        const witnesses = both.filter(
          ({ values }) => Number(values[whole]) > Number(values[part]) && Number(values[part]) > 0,
        );
        if (!contains || witnesses.length < 3) continue;
        for (const { path, values } of both) {
          const left = Number(values[whole]) - Number(values[part]);
          if (identifiesFew(left)) problems.push(`${path}: ${whole} less ${part} leaves ${left}`);
        }
      }
    }
  }

  // No withheld additive figure follows exactly from the published ones, through any combination of totals.
  const additive = new Set(
    sets.flatMap(({ type }) =>
      figuresOf(type)
        .filter(isAdditive)
        .map((f) => f.name),
    ),
  );
  for (const name of additive) {
    const fieldLines: AdditiveLine[] = lines
      .filter((line) => line.exact && line.figures.some((field) => field.name === name))
      .map(({ total, parts }) => ({ total, parts }));
    const unknown = new Set(sets.filter((set) => set.values[name] === null).map((set) => set.path));
    for (const path of derivableCells(fieldLines, unknown))
      problems.push(`${path}.${name}: can be worked out`);
  }
  return problems;
}
