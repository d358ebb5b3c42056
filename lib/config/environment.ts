/** A setting that is missing or malformed; start-up stops with its message, which names the variable. */
export class ConfigurationError extends Error {}

type Environment = Record<string, string | undefined>;

/** Reads a string setting, falling back to a default. */
export function readString(env: Environment, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

/** Reads a whole-number setting within bounds, failing with the variable's name when it is not one. */
export function readInteger(
  env: Environment,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Reads an http(s) URL setting, failing with the variable's name when it is not one. */
export function readUrl(env: Environment, name: string, fallback: string): string {
  const raw = readString(env, name, fallback);
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return raw;
  } catch {
    throw new ConfigurationError(`${name} must be an http(s) URL, got "${raw}"`);
  }
}

/** Reads a redis:// or rediss:// URL setting, or null when it is unset; fails with the variable's name otherwise. */
export function readRedisUrl(env: Environment, name: string): string | null {
  const raw = readString(env, name, '');
  if (raw === '') return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'redis:' || url.protocol === 'rediss:') return raw;
  } catch {
    // Reported below.
  }
  throw new ConfigurationError(`${name} must be a redis:// or rediss:// URL, got "${raw}"`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads LOG_LEVEL (default info), failing with the variable's name when it is not a level. */
export function readLogLevel(env: Environment): string {
  const level = readString(env, 'LOG_LEVEL', 'info');
  if (!LOG_LEVELS.includes(level))
    throw new ConfigurationError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  return level;
}
