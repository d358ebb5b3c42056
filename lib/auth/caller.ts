/**
 * Who is calling the gateway, as established from a verified token. The gateway decides what to return from
 * this alone: never from anything else the request says about itself.
 */
export interface Caller {
  /** The person or system the token was issued to (the token's `sub`). */
  subject: string;
  /** The partner agency the caller acts for, e.g. `court-staff` (the token's `agency`). */
  agency: string;
  /** The scopes granted to the caller; only names from SCOPES, others in the token are dropped. */
  scopes: ReadonlySet<string>;
  /**
   * The prison codes a member of prison staff may see, as in NOMIS; null means no caseload restriction. An
   * empty list restricts the caller to no prison at all.
   */
  caseload: readonly string[] | null;
}

/** Every scope a token may grant, with what it lets the caller do. */
export const SCOPES = [
  {
    name: 'courts:read',
    description: "Read magistrates' and Crown Court cases, defendants, offences and hearings.",
  },
  { name: 'courts:write', description: 'Record hearings and their outcomes on court cases.' },
  {
    name: 'custody:read',
    description: "Read prisoners' custody records from P-Nomis: bookings, movements and sentences.",
  },
  {
    name: 'custody:write',
    description:
      "Record prisoners' movements in P-Nomis: receptions into prison, transfers between prisons and releases.",
  },
  { name: 'visits:read', description: 'Read prison visit sessions, visits and visitors.' },
  {
    name: 'contacts:read',
    description: "Read prisoners' social contacts: who is approved to visit, and restrictions such as bans.",
  },
  { name: 'visits:book', description: 'Book, amend and cancel prison visits.' },
  { name: 'confiscation:read', description: 'Read confiscation orders and the payments made against them.' },
  { name: 'confiscation:write', description: 'Record confiscation orders and payments.' },
  { name: 'education:read', description: "Read prisoners' education, skills and work records." },
  { name: 'education:write', description: "Record prisoners' education, skills and work activity." },
  {
    name: 'education:released',
    description:
      'Read the education record of people released from prison: the careers service and probation only.',
  },
  {
    name: 'education:share',
    description:
      "Record a released person's consent to share their qualifications and skills with an employer.",
  },
  {
    name: 'education:shared',
    description:
      'Read the qualifications and skills a released person consented to share with the caller, an employer.',
  },
  { name: 'aggregates:read', description: 'Read aggregate statistics that identify no individual.' },
  { name: 'audit:read', description: 'Read the audit trail of who accessed which records.' },
  {
    name: 'events:subscribe',
    description:
      'Register webhooks and read the event feed, for the event types the other scopes read (and the caseload allows).',
  },
  { name: 'schema:introspect', description: "Introspect the gateway's GraphQL schema." },
] as const;

/** The name of a scope. */
export type Scope = (typeof SCOPES)[number]['name'];

const SCOPE_NAMES: ReadonlySet<string> = new Set(SCOPES.map((scope) => scope.name));

/** Whether a name is one of SCOPES. */
export function isScope(name: string): name is Scope {
  return SCOPE_NAMES.has(name);
}
