import type { Logger } from '@lib/observability/logger';
import type { GatewayMetrics } from '../observability/gatewayMetrics';

/**
 * What to do with the outcome of each audit write, wherever the gateway writes one (the audit plugin, the
 * data-protection officer's look-ups): counted in the metrics, and a failure logged (the answer is withheld, but
 * for a closing record written as the answer left: auditing/openingRecord.ts).
 */
export function reportAuditWrites(metrics: GatewayMetrics, logger: Logger) {
  return (error: unknown, afterAnswer = false): void => {
    metrics.auditWrites.inc({ result: error ? 'failed' : 'written' });
    if (!error) return;
    if (afterAnswer) {
      logger.error(
        { err: error },
        'closing audit record not written after the answer left; its opening record stands',
      );
    } else logger.error({ err: error }, 'audit record not written; personal data withheld');
  };
}
