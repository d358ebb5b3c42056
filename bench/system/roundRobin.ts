import { connect, createServer, type Server } from 'node:net';

/** A backend the balancer hands connections to. */
export interface Backend {
  host: string;
  port: number;
}

/**
 * A loopback round-robin in front of several gateway replicas, as a deployment's load balancer would stand in
 * front of them: each new TCP connection goes to the next backend in turn, and its bytes are piped both ways
 * untouched. Connection-level, like an L4 balancer: the load's keep-alive connections stay with the replica they
 * were first given, so the spread is as even as the connections are many (the benchmark opens one per client).
 * Twenty lines over node:net rather than a dependency: nothing in node_modules does this (http-proxy-agent and
 * its kin are client-side agents), and an HTTP-level proxy would parse every request the gateways then parse again.
 */
export function startRoundRobin(
  backends: readonly Backend[],
  port: number,
  host = '127.0.0.1',
): Promise<Server> {
  if (backends.length === 0) throw new Error('the round-robin needs at least one backend');
  let next = 0;
  const server = createServer({ noDelay: true }, (client) => {
    const backend = backends[next % backends.length] as Backend;
    next += 1;
    const upstream = connect({ host: backend.host, port: backend.port, noDelay: true });
    client.pipe(upstream).pipe(client);
    // Either side closing or failing closes the other: a replica gone shows as a transport error at the client.
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}
