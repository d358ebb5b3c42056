/**
 * A stop that runs once: asked again, while it runs or after, it returns the first call's promise. A harness or a
 * test that stops a whole system after stopping one of its parts (a subgraph taken down to see the gateway cope)
 * would otherwise close a closed server.
 */
export function stopOnce(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  return () => (stopping ??= stop());
}
