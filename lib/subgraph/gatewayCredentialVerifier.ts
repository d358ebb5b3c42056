import { readFileSync } from 'node:fs';
import type { JSONWebKeySet, JWK } from 'jose';
import { ensureDevKeys } from '../auth/devKeys';
import {
  createSubgraphCredentialVerifier,
  type SubgraphCredentialVerifier,
} from '../auth/subgraphCredential';
import { ConfigurationError } from '../config/environment';
import type { SubgraphConfig } from './subgraphConfig';

/**
 * The verifier of the gateway's credential for a subgraph: it trusts only the configured public key of the
 * gateway, or in development the key the gateway generated under the data folder.
 */
export async function gatewayCredentialVerifier(config: SubgraphConfig): Promise<SubgraphCredentialVerifier> {
  if (!config.gatewayCredentialPublicKeyFile) {
    return createSubgraphCredentialVerifier(
      (await ensureDevKeys(config.dataDir)).subgraphCredential.publicJwk,
    );
  }
  try {
    const key = JSON.parse(readFileSync(config.gatewayCredentialPublicKeyFile, 'utf8')) as
      JWK | JSONWebKeySet;
    return createSubgraphCredentialVerifier(key);
  } catch (error) {
    throw new ConfigurationError(
      `GATEWAY_CREDENTIAL_PUBLIC_KEY_FILE must name a readable JWK or JWKS file: ${(error as Error).message}`,
    );
  }
}
