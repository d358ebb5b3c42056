import { approveVisitor } from '../../subgraphs/pnomis/src/contacts/visitorApproval';

// A visitor is matched to the prisoner's contacts by name and date of birth: a name keyed in another case, or with
// its accent keyed as a separate mark, is the same person; a name without its accent is not.
const contacts = [
  { contactId: 1, firstName: 'Zoë', lastName: 'Ógáin', dateOfBirth: '1980-02-03', approvedVisitor: 1 },
];
const noRestrictions = () => [];

function verdictFor(firstName: string, lastName: string) {
  return approveVisitor(
    { firstName, lastName, dateOfBirth: '1980-02-03' },
    '2026-12-12',
    contacts,
    noRestrictions,
  ).verdict;
}

describe('matching a visitor to the prisoner’s contacts by name', () => {
  it('matches the name in capitals and with spaces around it', () => {
    expect(verdictFor(' ZOË ', 'ÓGÁIN')).toBe('APPROVED');
  });

  it('matches a name whose accents were keyed as separate marks', () => {
    expect(verdictFor('ZOE\u0308', 'O\u0301ga\u0301in')).toBe('APPROVED');
  });

  it('does not match the name without its accents', () => {
    expect(verdictFor('Zoe', 'Ogain')).toBe('NOT_APPROVED');
  });
});
