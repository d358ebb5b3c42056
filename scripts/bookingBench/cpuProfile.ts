import { Session } from 'node:inspector/promises';

/** Native frames by what they are: better-sqlite3's statements (with the syncs to disk of commits), or V8's own. */
function nativeName(functionName: string): string {
  if (['run', 'all', 'get', 'iterate', 'Statement', 'exec', 'pragma'].includes(functionName)) return 'SQLite';
  return `(${functionName || 'native'})`;
}

/** A CPU profile of this process while `work` runs, summed by package (self time, ms). */
export async function profiled<Result>(work: () => Promise<Result>): Promise<[Result, Map<string, number>]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const byPackage = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples?.forEach((id, index) => {
    const url = nodes.get(id)?.callFrame.url ?? '';
    const where =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      /\/work\/[^/]+\/([^/]+\/[^/]+)/.exec(url)?.[1] ??
      (url === ''
        ? nativeName(nodes.get(id)?.callFrame.functionName ?? '')
        : url.replace(/^node:internal\//, 'node:'));
    byPackage.set(where, (byPackage.get(where) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  return [result, byPackage];
}
