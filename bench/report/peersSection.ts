import { GATEWAY_LABELS, GATEWAY_WORK, PEER_KINDS, type GatewayKind } from '../system/gatewayKinds';
import type { BenchReport } from './benchReport';
import { ratio, table } from './markdown';

function measuredGateways(report: BenchReport): GatewayKind[] {
  return [...new Set(report.summaries.map((summary) => summary.gateway))];
}

/** What each gateway measured did for every request: the ratios below compare unlike amounts of work. */
export function perRequestWorkSection(report: BenchReport): string {
  const gateways = measuredGateways(report);
  if (gateways.length === 0) return '';
  return [
    '## What each gateway does per request',
    '',
    'This gateway does, for every request, work its peers do not: the ratios below compare a gateway with its',
    'security on against engines with none. Every gateway reaches the subgraphs with the same signed credential,',
    "carrying the caller's claims, so every subgraph makes the same checks (scopes, caseload) whichever gateway asks.",
    'Hive Gateway and Grafbase merge identical subgraph requests in flight; each request of the load asks for a',
    'different person, so there is next to nothing to merge.',
    '',
    table(
      ['gateway', 'token, authorization, audit', 'limits', 'subgraph credential', 'planner and executor'],
      gateways.map((kind) => {
        const work = GATEWAY_WORK[kind];
        return [GATEWAY_LABELS[kind], work.security, work.limits, work.credential, work.engine];
      }),
    ),
  ].join('\n');
}

/** Every ratio of this gateway to every peer measured, workload by workload. */
export function ratiosSection(report: BenchReport): string {
  const peers = PEER_KINDS.filter((peer) => report.summaries.some((summary) => summary.gateway === peer));
  const of = (workload: string, gateway: GatewayKind) =>
    report.summaries.find((summary) => summary.workload === workload && summary.gateway === gateway);
  const rows = report.settings.workloads.flatMap((workload) => {
    const ours = of(workload, 'justice');
    if (!ours) return [];
    return peers.map((peer) => {
      const theirs = of(workload, peer);
      return [
        workload,
        GATEWAY_LABELS[peer],
        ...(theirs
          ? [
              ratio(ours.requestsPerSecond, theirs.requestsPerSecond),
              ratio(ours.cpuMsPerRequest, theirs.cpuMsPerRequest),
              ratio(ours.p50Ms, theirs.p50Ms),
              ratio(ours.p95Ms, theirs.p95Ms),
              ratio(ours.peakRssMb, theirs.peakRssMb),
            ]
          : ['n/a', 'n/a', 'n/a', 'n/a', 'n/a']),
      ];
    });
  });
  if (rows.length === 0) return '';
  return [
    '## This gateway against each peer',
    '',
    'Ratios of this gateway to each peer, in the same run: above 1 is better for req/s, below 1 is better for the',
    'others.',
    '',
    table(['workload', 'peer', 'req/s', 'gateway CPU/req', 'p50', 'p95', 'peak RSS'], rows),
  ].join('\n');
}
