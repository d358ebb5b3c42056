import {
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';

/**
 * Nothing this project runs may send traffic anywhere but loopback and the services it is configured to use, and
 * the Apollo packages report home unless told not to. These switches are set in code, whatever the environment
 * says, so that no deployment can turn them back on by accident.
 */

/**
 * Switches off @apollo/gateway's data collection. Its constructor starts an OpenTelemetry exporter unless
 * APOLLO_TELEMETRY_DISABLED is "true" or "1" at that moment: the exporter runs the AWS, GCP, Azure and Alibaba
 * cloud resource detectors (connections to 169.254.169.254, 100.100.100.200 and metadata.google.internal) and
 * sends usage metrics to Apollo every hour. Call it before every `new ApolloGateway`.
 */
export function switchOffApolloGatewayTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/**
 * Apollo Server's plugins that report usage and the schema to Apollo GraphOS, explicitly disabled: Apollo Server
 * installs them by itself when APOLLO_KEY (and APOLLO_SCHEMA_REPORTING) are set, and a disabled plugin in the
 * list keeps it from doing so.
 */
export function apolloReportingDisabled() {
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()];
}
