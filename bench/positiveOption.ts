/** A command-line option that must be a positive number: its value, or an error naming the flag. */
export function positiveOption(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`--${name} must be a positive number, got "${text}"`);
  }
  return value;
}

/** The same for a script reading its options at the top level: the message, and exit status 2, for an error. */
export function positiveOptionOrExit(name: string, text: string | undefined): number {
  try {
    return positiveOption(name, text);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
