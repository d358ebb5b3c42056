import { readFileSync } from 'node:fs';
import { importJWK, type JWK } from 'jose';
import { ensureDevKeys } from '@lib/auth/devKeys';
import type { SubgraphCredentialKey } from '@lib/auth/subgraphCredential';
import { ConfigurationError } from '@lib/config/environment';
import type { GatewayConfig } from './gatewayConfig';

/** The key the gateway signs its subgraph credentials with: the configured private JWK, or the development key. */
export async function gatewayCredentialKey(config: GatewayConfig): Promise<SubgraphCredentialKey> {
  if (!config.credentialKeyFile) return (await ensureDevKeys(config.dataDir)).subgraphCredential;
  try {
    const jwk = JSON.parse(readFileSync(config.credentialKeyFile, 'utf8')) as JWK;
    if (!jwk.kid || !jwk.d) throw new Error('the JWK needs a kid and its private part');
    return { kid: jwk.kid, privateKey: (await importJWK(jwk, 'ES256')) as CryptoKey };
  } catch (error) {
    throw new ConfigurationError(
      `GATEWAY_CREDENTIAL_KEY_FILE must name a private ES256 JWK file: ${(error as Error).message}`,
    );
  }
}
