import type { JWTPayload } from 'jose';
import { IDENTIFIER_FORMATS } from '@lib/identifiers/identifierFormats';
import { findAgencyProfile } from './agencyProfiles';
import { AuthenticationError } from './authenticationError';
import { isScope, type Caller } from './caller';

/** The claims that carry a caller's identity, in access tokens and in the gateway's subgraph credentials. */
export interface CallerClaims {
  sub: string;
  agency: string;
  /** Space-separated scope names, as OAuth 2.0 has it. */
  scope: string;
  /** Absent when the caller has no caseload restriction. */
  caseload?: string[];
}

// Bounds on claim sizes: a token is attacker-controlled input until its claims have been read.
const MAX_TEXT_LENGTH = 256;
const MAX_CASELOAD = 200;

function requireText(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (value === undefined || value === '') throw new AuthenticationError(`missing claim: ${claim}`);
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) {
    throw new AuthenticationError(`invalid claim: ${claim}`);
  }
  return value;
}

function readScopes(payload: JWTPayload): ReadonlySet<string> {
  const value = payload.scope ?? '';
  if (typeof value !== 'string') throw new AuthenticationError('invalid claim: scope');
  // Identity providers add scopes of their own (openid, profile); only the gateway's mean anything here.
  return new Set(value.split(' ').filter(isScope));
}

function readCaseload(payload: JWTPayload, agency: string): readonly string[] | null {
  const value = payload.caseload;
  if (value === undefined || value === null) {
    // Absent would read as "every prison": refuse it where the agency's staff are meant to be restricted.
    if (findAgencyProfile(agency)?.requiresCaseload) throw new AuthenticationError('missing claim: caseload');
    return null;
  }
  const pattern = IDENTIFIER_FORMATS.prisonCode.pattern;
  if (
    !Array.isArray(value) ||
    value.length > MAX_CASELOAD ||
    !value.every((code): code is string => typeof code === 'string' && pattern.test(code))
  ) {
    throw new AuthenticationError('invalid claim: caseload');
  }
  return Object.freeze([...new Set(value)]);
}

/** Reads the caller from a verified token's claims, refusing a token whose identity claims are missing or malformed. */
export function callerFromClaims(payload: JWTPayload): Caller {
  const subject = requireText(payload, 'sub');
  const agency = requireText(payload, 'agency');
  return Object.freeze({
    subject,
    agency,
    scopes: readScopes(payload),
    caseload: readCaseload(payload, agency),
  });
}

/** The claims that carry a caller, for a token the gateway signs itself. */
export function claimsForCaller(caller: Caller): CallerClaims {
  return {
    sub: caller.subject,
    agency: caller.agency,
    scope: [...caller.scopes].sort().join(' '),
    ...(caller.caseload === null ? {} : { caseload: [...caller.caseload] }),
  };
}
