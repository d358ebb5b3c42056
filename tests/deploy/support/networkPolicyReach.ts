/** A label selector as the manifests write it; matchExpressions are refused rather than guessed at. */
interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: unknown[];
}

/** One peer of a rule: pods of the namespace by label, or anything else (namespaces, address blocks). */
interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string };
}

interface PolicyPort {
  protocol?: string;
  port?: number | string;
}

/** A NetworkPolicy's spec, as far as the tests read it. */
export interface NetworkPolicySpec {
  podSelector: LabelSelector;
  policyTypes?: string[];
  ingress?: { from?: Peer[]; ports?: PolicyPort[] }[];
  egress?: { to?: Peer[]; ports?: PolicyPort[] }[];
}

/** A Deployment's pods: their labels and the ports they listen on. */
export interface Pods {
  name: string;
  labels: Record<string, string>;
  ports: readonly number[];
}

function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (selector.matchExpressions?.length) throw new Error('matchExpressions: not understood by this check');
  return Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

function portNumber(port: PolicyPort): number {
  if (typeof port.port !== 'number')
    throw new Error(`a port by name or none (${String(port.port)}): not understood`);
  return port.port;
}

/** Who a peer lets in: the names of the pods it selects, or a description of a source outside the namespace. */
function sources(peer: Peer, pods: readonly Pods[]): string[] {
  if (peer.podSelector && !peer.namespaceSelector && !peer.ipBlock) {
    const selector = peer.podSelector;
    return pods.filter((pod) => selects(selector, pod.labels)).map((pod) => pod.name);
  }
  return [`elsewhere ${JSON.stringify(peer)}`];
}

/**
 * What a namespace's ingress policies let through, to the pods that are there, as "to <- from :port" (from
 * "anyone" for a rule naming no source). Only ports a pod listens on count: a rule for another port opens nothing.
 * Pods no policy selects would take anything; the caller checks that a deny-all policy selects every pod.
 */
export function ingressAllowed(policies: readonly NetworkPolicySpec[], pods: readonly Pods[]): string[] {
  const allowed = new Set<string>();
  for (const policy of policies) {
    const targets = pods.filter((pod) => selects(policy.podSelector, pod.labels));
    for (const rule of policy.ingress ?? []) {
      const from = rule.from?.length ? rule.from.flatMap((peer) => sources(peer, pods)) : ['anyone'];
      for (const target of targets) {
        const ports = rule.ports?.length ? rule.ports.map(portNumber) : target.ports;
        for (const port of ports.filter((candidate) => target.ports.includes(candidate)))
          for (const source of from) allowed.add(`${target.name} <- ${source} :${port}`);
      }
    }
  }
  return [...allowed].sort();
}

/**
 * Whether a pod may open a TCP connection to a host outside the cluster on `port`: yes when no policy restricts
 * its egress, otherwise only when a rule of one that does names the port (or none) and any address (or none).
 */
export function mayConnectOut(policies: readonly NetworkPolicySpec[], pod: Pods, port: number): boolean {
  const restricting = policies.filter(
    (policy) => policy.policyTypes?.includes('Egress') && selects(policy.podSelector, pod.labels),
  );
  if (restricting.length === 0) return true;
  return restricting.some((policy) =>
    (policy.egress ?? []).some(
      (rule) =>
        (!rule.ports?.length || rule.ports.some((candidate) => candidate.port === port)) &&
        (!rule.to?.length || rule.to.some((peer) => peer.ipBlock?.cidr === '0.0.0.0/0')),
    ),
  );
}
