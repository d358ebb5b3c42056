import type { Caller } from '@lib/auth/caller';
import type { Requirement } from './authorizationRequirements';

/** Whether a caller (null when anonymous) meets a requirement: authenticated, and holding one full scope set. */
export function callerSatisfies(caller: Caller | null, requirement: Requirement | undefined): boolean {
  if (!requirement) return true;
  if (!caller) return false;
  if (requirement.scopeSets.length === 0) return true;
  return requirement.scopeSets.some((set) => set.every((scope) => caller.scopes.has(scope)));
}
