import {
  identifyPersonIdentifier,
  pncIdForms,
  readPersonIdentifier,
} from '@lib/identifiers/personIdentifier';

describe('person identifiers', () => {
  it.each([
    ['pncId', '12/394773H', '2012/0394773H'],
    ['pncId', ' 2012/0394773h ', '2012/0394773H'],
    ['prisonNumber', 'a1234bc', 'A1234BC'],
    ['croNumber', '29906/12J', '29906/12J'],
    ['croNumber', '029906/12j', '29906/12J'],
    ['croNumber', 'SF12/1234A', 'SF12/1234A'],
  ] as const)('reads a %s %s as %s', (kind, input, canonical) => {
    expect(readPersonIdentifier(kind, input)).toEqual({ valid: true, canonical });
  });

  it('says why an identifier is not one of its kind', () => {
    expect(readPersonIdentifier('pncId', '2012/0394773A')).toEqual({
      valid: false,
      reason: '"2012/0394773A" is not a valid PNC ID: its check character should be H, not A',
    });
    expect(readPersonIdentifier('prisonNumber', 'A12')).toMatchObject({ valid: false });
  });

  it('works out the kind of an identifier given without one, every kind it could be', () => {
    expect(identifyPersonIdentifier('12/394773H').found).toEqual([{ kind: 'pncId', value: '2012/0394773H' }]);
    expect(identifyPersonIdentifier('A1234BC').found).toEqual([{ kind: 'prisonNumber', value: 'A1234BC' }]);
    expect(identifyPersonIdentifier('4521/03H').found).toEqual([{ kind: 'croNumber', value: '4521/03H' }]);
    // Valid as a PNC ID (2010, serial 26) and as a CRO number (serial 10, 2026) alike.
    expect(identifyPersonIdentifier('10/26E').found).toEqual([
      { kind: 'pncId', value: '2010/0000026E' },
      { kind: 'croNumber', value: '10/26E' },
    ]);
    expect(identifyPersonIdentifier('nobody')).toMatchObject({
      found: [],
      reasons: expect.any(Array) as unknown,
    });
  });

  it('writes a PNC ID in its long and short forms', () => {
    expect(pncIdForms('2012/0394773H')).toEqual(['2012/0394773H', '12/394773H']);
  });
});
