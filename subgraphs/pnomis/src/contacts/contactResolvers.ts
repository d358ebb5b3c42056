import type { Resolvers } from '../generated/resolvers';
import { requireNoCaseload } from '@lib/authorization/caseload';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import { requireHeldInCaseload } from '../services/heldInCaseload';
import type { OffenderIdentity } from '../services/offenderIdentity';
import type { PrisonerContactTable } from '../store/pnomisTables';
import { approveVisitor, particularsMatch, type VisitorParticulars } from './visitorApproval';

/**
 * Resolvers of prisoners' contacts. Prison staff (contacts:read) read them, as the custody record, only for people
 * their caseload holds. The visits system asks, through fields the gateway never offers (@inaccessible), whether
 * visitors may come and whether a booker's stated particulars match: each answer is a verdict, never a contact.
 */
export const contactResolvers: Resolvers = {
  Query: {
    prisonerParticularsMatch: async (
      _parent,
      args: { prisonNumber: string; dateOfBirth: string; prisonCode: string },
      context: PnomisContext,
    ) => {
      // Booking accounts link prisoners; staff limited to a caseload have no use for it.
      requireNoCaseload(context.caller, 'Prison staff do not link prisoners to a booking account');
      const prisonNumber = requireIdentifier('prisonNumber', args.prisonNumber, 'prisonNumber');
      const prisonCode = requireIdentifier('prisonCode', args.prisonCode, 'prisonCode');
      const records = await context.store.findParticulars(prisonNumber);
      return particularsMatch(records, { dateOfBirth: args.dateOfBirth, prisonCode });
    },
    visitorApprovals: async (
      _parent,
      args: { prisonNumber: string; visitDate: string; visitors: readonly VisitorParticulars[] },
      context: PnomisContext,
    ) => {
      const prisonNumber = requireIdentifier('prisonNumber', args.prisonNumber, 'prisonNumber');
      await requireHeldInCaseload(prisonNumber, context);
      const contacts = await context.contactsByPrisonNumber.load(prisonNumber);
      const restrictions = await Promise.all(
        contacts.map((contact) => context.restrictionsByContactId.load(contact.contactId)),
      );
      const byContact = new Map(
        contacts.map((contact, index) => [contact.contactId, restrictions[index] ?? []]),
      );
      return args.visitors.map((visitor) =>
        approveVisitor(visitor, args.visitDate, contacts, (id) => byContact.get(id) ?? []),
      );
    },
  },
  Offender: {
    contacts: async (offender: OffenderIdentity, _args, context: PnomisContext) => {
      if (!offender.record) return null;
      await requireHeldInCaseload(offender.record.prisonNumber, context);
      disclose(context, offender.record.prisonNumber);
      return context.contactsByPrisonNumber.load(offender.record.prisonNumber);
    },
  },
  PrisonerContact: {
    contactId: (contact: PrisonerContactTable) => String(contact.contactId),
    approvedVisitor: (contact: PrisonerContactTable) => contact.approvedVisitor === 1,
    restrictions: (contact: PrisonerContactTable, _args, context: PnomisContext) =>
      context.restrictionsByContactId.load(contact.contactId),
  },
  ContactRestriction: {
    type: (restriction: { restrictionType: string }) => restriction.restrictionType,
  },
};
