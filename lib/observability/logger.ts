import pino, { type Logger } from 'pino';

/**
 * The structured JSON logger of one process (pino), at the configured level (LOG_LEVEL: info by default). Logs never
 * carry personal data: no identifiers, variables or tokens; credentials are redacted should one slip in.
 */
export function createLogger(service: string, level = 'info', file: string | null = null): Logger {
  const options = {
    name: service,
    level,
    base: { service },
    redact: ['authorization', 'req.headers.authorization', 'headers.authorization', '*.credential'],
  };
  // A log file (LOG_FILE) is appended to synchronously, so that several processes can share one.
  return file ? pino(options, pino.destination({ dest: file, sync: true, append: true })) : pino(options);
}

export type { Logger };
