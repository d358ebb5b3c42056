import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Caller } from '@lib/auth/caller';
import { refused } from '@lib/graphql/errors';
import type {
  CaseDocumentKind,
  DocumentUploadTicketTable,
  MagistratesTables,
} from '../store/magistratesTables';
import { DocumentRefusal } from './documentRefusal';

/** What an upload will be recorded as, stated when the ticket is asked for. */
export interface UploadIntent {
  urn: string;
  kind: CaseDocumentKind;
  title: string;
  author: string;
}

/** The caller a ticket is issued to, as stored: agency and subject. */
export function ticketHolder(caller: Caller): string {
  return `${caller.agency}:${caller.subject}`;
}

const hashOf = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/** How many documents a case file holds. */
export async function documentCount(db: Kysely<MagistratesTables>, urn: string): Promise<number> {
  const row = await db
    .selectFrom('caseDocument')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('urn', '=', urn)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The refusal of a document to a case whose file holds as many as it may. */
export function caseFileFull(urn: string, maxPerCase: number): DocumentRefusal {
  return new DocumentRefusal(
    409,
    'CASE_FILE_FULL',
    `The case file of ${urn} already holds ${maxPerCase} documents, the most it may`,
  );
}

/**
 * Upload tickets: a random 256-bit ticket, issued to one caller for one document of one case, good for a few
 * minutes and for one upload. The gateway's upload route carries the caller's token; the ticket ties the upload
 * to what the caller asked for through the graph. Only its SHA-256 is stored.
 */
export function createUploadTickets(
  db: Kysely<MagistratesTables>,
  settings: { ticketSeconds: number; maxPerCase: number },
) {
  return {
    /** Issues a ticket; CASE_NOT_FOUND for an unknown case, CASE_FILE_FULL when the file may hold no more. */
    async issue(
      intent: UploadIntent,
      caller: Caller,
      now: Date,
    ): Promise<{ ticket: string; expiresAt: string }> {
      const found = await db
        .selectFrom('magistratesCase')
        .select('urn')
        .where('urn', '=', intent.urn)
        .executeTakeFirst();
      if (!found) throw refused('CASE_NOT_FOUND', `The magistrates' court holds no case ${intent.urn}`);
      if ((await documentCount(db, intent.urn)) >= settings.maxPerCase) {
        const full = caseFileFull(intent.urn, settings.maxPerCase);
        throw refused(full.code, full.message);
      }
      const ticket = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + settings.ticketSeconds * 1000).toISOString();
      await db
        .insertInto('documentUploadTicket')
        .values({
          ticketHash: hashOf(ticket),
          ...intent,
          issuedTo: ticketHolder(caller),
          issuedAt: now.toISOString(),
          expiresAt,
          claimedAt: null,
        })
        .execute();
      return { ticket, expiresAt };
    },

    /**
     * Claims a ticket for an upload, once: the claim is one conditional UPDATE, so two uploads with one ticket get
     * one claim. Refused: unknown (404 UPLOAD_TICKET_UNKNOWN), another caller's (403 UPLOAD_TICKET_NOT_YOURS),
     * expired (410 UPLOAD_TICKET_EXPIRED), already used (409 UPLOAD_TICKET_USED). A claimed ticket stays used
     * whether the upload then succeeds or is refused: ask for another.
     */
    async claim(ticket: string, caller: Caller, now: Date): Promise<DocumentUploadTicketTable> {
      const ticketHash = hashOf(ticket);
      const row = await db
        .selectFrom('documentUploadTicket')
        .selectAll()
        .where('ticketHash', '=', ticketHash)
        .executeTakeFirst();
      if (!row)
        throw new DocumentRefusal(
          404,
          'UPLOAD_TICKET_UNKNOWN',
          'No such upload ticket: ask for one with requestCaseDocumentUpload',
        );
      if (row.issuedTo !== ticketHolder(caller)) {
        throw new DocumentRefusal(
          403,
          'UPLOAD_TICKET_NOT_YOURS',
          'This upload ticket was issued to someone else',
        );
      }
      const at = now.toISOString();
      if (row.expiresAt <= at)
        throw new DocumentRefusal(
          410,
          'UPLOAD_TICKET_EXPIRED',
          'This upload ticket has expired: ask for another',
        );
      const claimed = await db
        .updateTable('documentUploadTicket')
        .set({ claimedAt: at })
        .where('ticketHash', '=', ticketHash)
        .where('claimedAt', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) {
        throw new DocumentRefusal(
          409,
          'UPLOAD_TICKET_USED',
          'This upload ticket has been used: ask for another',
        );
      }
      return { ...row, claimedAt: at };
    },
  };
}

/** The upload tickets of the magistrates' store. */
export type UploadTickets = ReturnType<typeof createUploadTickets>;
