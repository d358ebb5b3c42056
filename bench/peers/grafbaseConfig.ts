import { GATEWAY_CREDENTIAL_HEADER } from '@lib/auth/subgraphCredential';

/** A subgraph as Grafbase is told of it: where it answers and the SDL it serves. */
export interface GrafbaseSubgraph {
  name: string;
  url: string;
  schemaPath: string;
}

// A TOML basic string: JSON's escapes are TOML's for the characters a URL or a path can hold.
const tomlString = (value: string) => JSON.stringify(value);

/**
 * The `grafbase.toml` of `grafbase dev` over the running subgraphs: each subgraph's URL and SDL (so that it
 * composes offline, asking no registry and introspecting nothing), the subgraph credential forwarded from the
 * client's request to every subgraph, and the OpenTelemetry exporter switched off in so many words (it is off by
 * default; `grafbase dev` sends nothing to Grafbase without an access token, and the benchmark gives it none).
 */
export function grafbaseConfig(subgraphs: readonly GrafbaseSubgraph[]): string {
  return [
    '# Written by the benchmark (bench/peers/grafbaseConfig.ts) for one run.',
    ...subgraphs.flatMap((subgraph) => [
      '',
      `[subgraphs.${subgraph.name}]`,
      `url = ${tomlString(subgraph.url)}`,
      `schema_path = ${tomlString(subgraph.schemaPath)}`,
    ]),
    '',
    '[[headers]]',
    'rule = "forward"',
    `name = ${tomlString(GATEWAY_CREDENTIAL_HEADER)}`,
    '',
    '[telemetry.exporters.otlp]',
    'enabled = false',
    '',
  ].join('\n');
}
