import { GraphQLError } from 'graphql';
import { requireIdentifier, requirePncId } from '@lib/identifiers/requireIdentifier';

function errorOf(action: () => unknown): GraphQLError {
  try {
    action();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
  }
  throw new Error('expected a GraphQLError');
}

describe('requireIdentifier', () => {
  it.each([
    ['prisonNumber', 'a1234bc', 'A1234BC'],
    ['bookingNumber', '38412A', '38412A'],
    ['urn', '01AB2345678', '01AB2345678'],
    ['crownCourtCaseNumber', 'T20230123', 'T20230123'],
    ['courtCode', 'B01GU00', 'B01GU00'],
    ['prisonCode', 'lei', 'LEI'],
    ['visitReference', 'AB-CD-EF-GH', 'ab-cd-ef-gh'],
  ] as const)('accepts a %s and returns its canonical form', (kind, input, canonical) => {
    expect(requireIdentifier(kind, input, 'arg')).toBe(canonical);
  });

  it.each([
    ['prisonNumber', 'A12345C'],
    ['urn', '01AB234567'],
    ['crownCourtCaseNumber', 'X20230123'],
    ['courtCode', 'B01GU01'],
    ['prisonCode', 'LEX'],
    ['visitReference', 'ab-cd-ef'],
  ] as const)('refuses a malformed %s with BAD_USER_INPUT naming the argument', (kind, input) => {
    const error = errorOf(() => requireIdentifier(kind, input, 'someArgument'));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'someArgument' });
    expect(error.message).toContain(input);
  });

  it('refuses a PNC ID with a wrong check character, saying which character is expected', () => {
    expect(errorOf(() => requirePncId('2012/0052494A', 'pncId')).message).toMatch(/should be Q/);
  });
});
