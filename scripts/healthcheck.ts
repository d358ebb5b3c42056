/**
 * The container's health check: `node dist/node/scripts/healthcheck.js [base URL]` (default the gateway's,
 * http://127.0.0.1:4000) asks the service's /health/live and /health/ready and exits 0 only when both answer 200,
 * 1 otherwise. Plain node, because the image has no curl or wget.
 */
const base = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');

async function answers(path: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

void (async () => {
  const [live, ready] = await Promise.all([answers('/health/live'), answers('/health/ready')]);
  if (!live || !ready)
    console.error(`${base}: ${live ? 'live' : 'not live'}, ${ready ? 'ready' : 'not ready'}`);
  process.exit(live && ready ? 0 : 1);
})();
