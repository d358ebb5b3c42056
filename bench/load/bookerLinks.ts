import { lightFetch } from '@lib/http/lightFetch';
import type { GatewayKind } from '../system/gatewayKinds';
import type { PrisonerInCustody } from '../system/population';
import { callerHeaders, type CallerHeaders } from './callerHeaders';
import { registeredBody, registeredOperation } from './registeredOperations';

/** The simulated public booker who books for a prisoner: the same one every time, spread evenly over them. */
export function bookerIndex(prisonNumber: string, bookers: number): number {
  let hash = 0;
  for (let index = 0; index < prisonNumber.length; index += 1) {
    hash = (hash * 31 + prisonNumber.charCodeAt(index)) >>> 0;
  }
  return hash % bookers;
}

/** How the linking went: how many prisoners, and how long it took. */
export interface Linking {
  linked: number;
  seconds: number;
}

/**
 * Links each prisoner to the booking account of the simulated booker who books for them (bookerIndex), through
 * the gateway, as a member of the public does: the registered LinkPrisonerToBookingAccount with the prisoner's
 * number, date of birth and prison. Each booker links its prisoners one after another, as a person would (an
 * attempt in flight counts against the account's allowance of failures until it succeeds), `concurrency`
 * bookers at once. Any link refused fails the whole: the load must book only for prisoners it linked.
 */
export async function linkPrisonersToBookers(options: {
  gateway: GatewayKind;
  graphqlUrl: string;
  tokens: readonly string[];
  prisoners: readonly PrisonerInCustody[];
  concurrency: number;
  /** Each request's headers (default: the token and its purpose, for a gateway that signs the credential). */
  headersFor?: CallerHeaders;
}): Promise<Linking> {
  const headersFor = options.headersFor ?? callerHeaders(null);
  const operation = registeredOperation('public-visit-booker', 'LinkPrisonerToBookingAccount');
  const byBooker = options.tokens.map((): PrisonerInCustody[] => []);
  for (const prisoner of options.prisoners) {
    byBooker[bookerIndex(prisoner.prisonNumber, options.tokens.length)]?.push(prisoner);
  }
  const refusals = new Map<string, number>();
  const started = performance.now();
  const link = async (token: string, prisoner: PrisonerInCustody) => {
    const { prisonNumber, dateOfBirth, prisonCode } = prisoner;
    const response = await lightFetch(options.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...headersFor(options.gateway, token, 'Linking a prisoner to my booking account'),
      },
      body: registeredBody(options.gateway, operation, { input: { prisonNumber, dateOfBirth, prisonCode } }),
    });
    const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = answer.errors?.[0]?.extensions?.code ?? (response.ok ? null : `HTTP_${response.status}`);
    if (code) refusals.set(code, (refusals.get(code) ?? 0) + 1);
  };
  let nextBooker = 0;
  const worker = async () => {
    while (nextBooker < byBooker.length) {
      const index = nextBooker;
      nextBooker += 1;
      for (const prisoner of byBooker[index] ?? []) await link(options.tokens[index] ?? '', prisoner);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  if (refusals.size > 0) {
    throw new Error(`Links refused: ${[...refusals].map(([code, n]) => `${code} ${n}`).join(', ')}`);
  }
  return { linked: options.prisoners.length, seconds: (performance.now() - started) / 1000 };
}
