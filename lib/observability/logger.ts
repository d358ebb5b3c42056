import pino, { type Logger } from 'pino';

/**
 * The structured JSON logger of one process (pino), at the configured level (LOG_LEVEL: info by default). Logs never
 * carry personal data: no identifiers, variables or tokens; credentials are redacted should one slip in.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: ['authorization', 'req.headers.authorization', 'headers.authorization', '*.credential'],
  });
}

export type { Logger };
