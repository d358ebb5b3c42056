import type { BenchReport } from './benchReport';

const ratio = (traced: number, untraced: number) =>
  untraced > 0 && Number.isFinite(traced) ? `${(traced / untraced).toFixed(2)}x` : 'n/a';
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/**
 * What tracing costs this gateway: the traced gateway (OTLP export, one trace in ten sampled) against the same
 * gateway untraced, per workload. The subgraphs are shared by every gateway and run untraced, so this is the
 * gateway's own cost. Empty when the run did not measure both.
 */
export function tracingOverheadSection(report: BenchReport): string {
  const rows = report.settings.workloads.flatMap((workload) => {
    const of = (gateway: string) =>
      report.summaries.find((summary) => summary.workload === workload && summary.gateway === gateway);
    const traced = of('traced');
    const untraced = of('justice');
    if (!traced || !untraced) return [];
    return [
      `| ${workload} | ${fixed(untraced.cpuMsPerRequest, 2)} | ${fixed(traced.cpuMsPerRequest, 2)} | ` +
        `${ratio(traced.cpuMsPerRequest, untraced.cpuMsPerRequest)} | ${ratio(traced.requestsPerSecond, untraced.requestsPerSecond)} | ` +
        `${ratio(traced.p50Ms, untraced.p50Ms)} | ${fixed(traced.peakRssMb - untraced.peakRssMb, 0)} |`,
    ];
  });
  if (rows.length === 0) return '';
  return [
    '## Tracing overhead',
    '',
    'This gateway traced (OpenTelemetry, OTLP/HTTP export to a sink on loopback, `parentbased_traceidratio` at 0.1)',
    'against the same gateway untraced. The subgraphs, shared by every gateway, run untraced.',
    '',
    '| workload | CPU ms/req untraced | CPU ms/req traced | CPU/req | req/s | p50 | peak RSS MB more |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
