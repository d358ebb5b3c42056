import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { executionSupergraph } from '@lib/authorization/authorizationRequirements';
import type { Logger } from '@lib/observability/logger';

/** How often the supergraph file is checked for a change, in ms. */
const POLL_INTERVAL_MS = 500;

/**
 * Serves the supergraph from its file and picks up a new one without a restart, on SIGHUP or when the file
 * changes. A supergraph that fails to load is refused with the reason logged, and the one in service stays.
 * Polling (watchFile) rather than fs.watch, so that a file replaced by rename is still seen.
 */
export function watchedSupergraph(path: string, logger: Logger): SupergraphSdlHook {
  return ({ update }) => {
    const read = () => executionSupergraph(readFileSync(path, 'utf8'));
    const reload = (reason: string) => {
      try {
        update(read());
        logger.info({ reason }, 'supergraph reloaded');
      } catch (error) {
        logger.error({ err: error, reason }, 'new supergraph refused; the previous one keeps serving');
      }
    };
    const onHangup = () => reload('SIGHUP');
    const onChange = (current: { mtimeMs: number }, previous: { mtimeMs: number }) => {
      if (current.mtimeMs !== previous.mtimeMs) reload('file changed');
    };
    process.on('SIGHUP', onHangup);
    watchFile(path, { interval: POLL_INTERVAL_MS, persistent: false }, onChange);
    return Promise.resolve({
      supergraphSdl: read(),
      cleanup: () => {
        process.off('SIGHUP', onHangup);
        unwatchFile(path, onChange);
        return Promise.resolve();
      },
    });
  };
}
