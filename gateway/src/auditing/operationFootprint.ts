import {
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { AuthorizationRequirements } from '@lib/authorization/authorizationRequirements';

/** The scopes that guard personal data: an operation that needs one of them must state a purpose and is audited. */
const PERSONAL_DATA_SCOPES = new Set([
  'courts:read',
  'custody:read',
  'visits:read',
  'confiscation:read',
  'education:read',
]);

/** Types whose very identifiers are personal data: asking for an offender links their PNC ID and prison number. */
const PERSONAL_TYPES = new Set(['Offender']);

/** What an operation reaches for: every field it selects, and whether any of them is personal data. */
export interface OperationFootprint {
  fields: string[];
  touchesPersonalData: boolean;
}

/** Reads an operation's footprint: the schema coordinates it selects, and whether any guards personal data. */
export function operationFootprint(
  schema: GraphQLSchema,
  requirements: AuthorizationRequirements,
  document: DocumentNode,
): OperationFootprint {
  const typeInfo = new TypeInfo(schema);
  const fields = new Set<string>();
  let touchesPersonalData = false;
  const isPersonal = (coordinate: string, returnType: string) =>
    PERSONAL_TYPES.has(returnType) ||
    [requirements.fields.get(coordinate), requirements.types.get(returnType)].some((requirement) =>
      requirement?.scopeSets.some((set) => set.some((scope) => PERSONAL_DATA_SCOPES.has(scope))),
    );
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || node.name.value.startsWith('__')) return;
        const coordinate = `${parent.name}.${field.name}`;
        fields.add(coordinate);
        if (isPersonal(coordinate, getNamedType(field.type).name)) touchesPersonalData = true;
      },
    }),
  );
  return { fields: [...fields].sort(), touchesPersonalData };
}
