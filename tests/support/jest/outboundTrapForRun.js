/**
 * Puts the outbound trap (tests/support/outbound/outboundTrap.cjs) into every process of a test run: Jest's
 * workers inherit NODE_OPTIONS from the process that reads jest.config.js, and every service a test starts
 * inherits it from them. The run's global teardown fails the run if anything tried to reach past loopback.
 */
const { tmpdir } = require('node:os');
const { join } = require('node:path');

function putOutboundTrapIntoTheRun(env = process.env) {
  if (env.OUTBOUND_TRAP_LOG) return env.OUTBOUND_TRAP_LOG;
  const log = join(tmpdir(), `justice-gateway-outbound-${process.pid}.jsonl`);
  const trap = join(__dirname, '../outbound/outboundTrap.cjs');
  env.NODE_OPTIONS = [env.NODE_OPTIONS, `--require ${trap}`].filter(Boolean).join(' ');
  env.OUTBOUND_TRAP_LOG = log;
  return log;
}

module.exports = { putOutboundTrapIntoTheRun };
