import type { Caller } from '@lib/auth/caller';
import type { AuditEntry, AuditOutcome, AuditPerson } from '../audit/auditRecord';
import { linkPeople, readIdentityLinks } from './peopleConsulted';

/** What the audit plugin knows of an operation when it writes the record. */
export interface AuditedOperation {
  requestId: string;
  caller: Caller | null;
  purpose: string | null;
  operationName: string | null;
  operationHash: string;
  /** The schema coordinates the operation read. */
  fields: string[];
  /** The people it asked about or was shown, by their identifiers (peopleConsulted.ts). */
  people: AuditPerson[];
  outcome: AuditOutcome;
}

/**
 * What one request did to personal data, noted by the parts that see it as it happens (authorization: what was
 * refused; each subgraph call: which system was asked, whose records it says it returned and which identifiers it
 * holds for them), and made into the request's audit record here and nowhere else. It lives on the request's
 * context.
 */
export class RequestAudit {
  private readonly offenders = new Set<string>();
  private readonly subgraphs = new Set<string>();
  private readonly denied = new Set<string>();
  private readonly identified: AuditPerson[] = [];
  private onFirstFetch: (() => void) | null = null;

  /**
   * Runs `write` once, as the operation's first subgraph request is sent: the cue for its opening record, whose
   * write (a SQLite transaction on the event loop) would otherwise hold that request back: signing the subgraph
   * credential can take the first request past the turn in which execution started.
   */
  atFirstFetch(write: () => void): void {
    this.onFirstFetch = write;
  }

  /** Drops a cue set by atFirstFetch that no subgraph request gave: the answer is ready without one. */
  cancelFirstFetch(): void {
    this.onFirstFetch = null;
  }

  /** A subgraph request was sent (after it is written to the connection, as far as Node lets it be). */
  noteFetchSent(): void {
    const write = this.onFirstFetch;
    this.onFirstFetch = null;
    write?.();
  }

  /** A subgraph was asked for part of the answer. */
  noteSubgraphAsked(subgraph: string): void {
    this.subgraphs.add(subgraph);
  }

  /** A subgraph says it returned these offenders' records (its `disclosed` extension, as sent). */
  noteDisclosed(identifiers: unknown): void {
    if (!Array.isArray(identifiers)) return;
    for (const identifier of identifiers) if (typeof identifier === 'string') this.offenders.add(identifier);
  }

  /** A subgraph says which identifiers it holds for the people the request concerned (its `identified` extension). */
  noteIdentified(links: unknown): void {
    this.identified.push(...readIdentityLinks(links));
  }

  /** Fields (schema coordinates) the caller was refused. */
  noteDenied(coordinates: readonly string[]): void {
    for (const coordinate of coordinates) this.denied.add(coordinate);
  }

  /** Whether anything was refused. */
  get anyDenied(): boolean {
    return this.denied.size > 0;
  }

  /** The subgraphs asked so far, sorted (for the request's log line). */
  subgraphsAsked(): string[] {
    return [...this.subgraphs].sort();
  }

  /** The audit record of the request. */
  entry(operation: AuditedOperation): AuditEntry {
    const { caller } = operation;
    return {
      requestId: operation.requestId,
      subject: caller?.subject ?? null,
      agency: caller?.agency ?? null,
      purpose: operation.purpose,
      operationName: operation.operationName,
      operationHash: operation.operationHash,
      offenders: [...this.offenders].sort(),
      people: linkPeople(operation.people, this.identified),
      subgraphs: this.subgraphsAsked(),
      fields: operation.fields,
      denied: [...this.denied].sort(),
      outcome: operation.outcome,
    };
  }
}
