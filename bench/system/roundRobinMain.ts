/**
 * The benchmark's loopback round-robin as a process of its own, as a load balancer is deployed, so that its CPU
 * is measured apart from the gateways' and the load's: `BALANCER_PORT=<port> BALANCER_BACKENDS=<port>,<port>...
 * node --import tsx bench/system/roundRobinMain.ts`. The backends are on loopback.
 */
import { startRoundRobin } from './roundRobin';

const port = Number(process.env.BALANCER_PORT);
const backends = (process.env.BALANCER_BACKENDS ?? '')
  .split(',')
  .filter((entry) => entry !== '')
  .map((entry) => ({ host: '127.0.0.1', port: Number(entry) }));

startRoundRobin(backends, port).then(
  // Stopped at once: closing the server would wait for the load's keep-alive connections to end.
  () => process.once('SIGTERM', () => process.exit(0)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
