import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { notificationsSubgraph } from '../../subgraphs/notifications/src/notificationsSubgraph';
import { findSubgraph, SUBGRAPHS } from '../../subgraphs/registry';
import { kubernetesValidator } from './support/kubernetesSchemas';
import {
  ingressAllowed,
  mayConnectOut,
  type NetworkPolicySpec,
  type Pods,
} from './support/networkPolicyReach';

const ROOT = resolve(__dirname, '../..');
const MANIFESTS = join(ROOT, 'deploy/kubernetes');

interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
}

interface Container {
  name: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  envFrom?: { configMapRef?: { name: string } }[];
  env?: EnvVar[];
  livenessProbe?: { httpGet?: { path: string } };
  readinessProbe?: { httpGet?: { path: string } };
  startupProbe?: { httpGet?: { path: string } };
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}

interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean };
  containers: Container[];
}

/** Every resource of every manifest (kustomization.yaml is kustomize's, not the API's). */
const resources: Resource[] = readdirSync(MANIFESTS)
  .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(MANIFESTS, file), 'utf8')).map(
      (document) => document.toJS() as Resource,
    ),
  );

const ofKind = (kind: string) => resources.filter((resource) => resource.kind === kind);
const named = (kind: string, name: string) =>
  ofKind(kind).find((resource) => resource.metadata.name === name);
const podSpec = (deployment: Resource) => (deployment.spec as { template: { spec: PodSpec } }).template.spec;
const SERVICES = ['gateway', ...SUBGRAPHS.map((subgraph) => subgraph.name)];

/** The first container of a service's Deployment. */
function containerOf(name: string): Container | undefined {
  const deployment = named('Deployment', name);
  return deployment ? podSpec(deployment).containers[0] : undefined;
}

/** A service's environment, by variable. */
function envOf(name: string): Map<string, EnvVar> {
  return new Map((containerOf(name)?.env ?? []).map((variable) => [variable.name, variable]));
}

/** The address a subgraph is reached at inside the cluster: its Service, on its registered port. */
function serviceUrl(subgraphName: string): string {
  return `http://${subgraphName}:${findSubgraph(subgraphName)?.defaultPort}/graphql`;
}

/** Each Deployment's pods: their labels and the ports their containers listen on. */
const pods: Pods[] = ofKind('Deployment').map((deployment) => ({
  name: deployment.metadata.name,
  labels: (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template
    .metadata.labels,
  ports: podSpec(deployment).containers.flatMap((container) =>
    (container.ports ?? []).map((port) => port.containerPort),
  ),
}));

/** The subgraphs whose relays hand their events to the notifications subgraph (their descriptors call it). */
const RELAYING = SUBGRAPHS.filter((subgraph) =>
  Object.keys(subgraph.calls ?? {}).includes(notificationsSubgraph.name),
);

describe('the Kubernetes manifests (deploy/kubernetes)', () => {
  it.each(resources.map((resource) => [`${resource.kind} ${resource.metadata.name}`, resource]))(
    '%s is valid against the Kubernetes API schema, misspelt fields refused',
    (_name, resource) => {
      const validate = kubernetesValidator(resource.apiVersion, resource.kind);
      expect(validate(resource) ? [] : validate.errors).toEqual([]);
    },
  );

  it('would refuse a misspelt field or a value of the wrong type (the validation is not vacuous)', () => {
    const validate = kubernetesValidator('apps/v1', 'Deployment');
    const gateway = ofKind('Deployment').find((deployment) => deployment.metadata.name === 'gateway');
    const [container] = gateway ? podSpec(gateway).containers : [];
    const misspelt = structuredClone(gateway) as Resource;
    Object.assign(podSpec(misspelt).containers[0] ?? {}, { livenesProbe: container?.livenessProbe });
    expect(validate(misspelt)).toBe(false);
    const wrongType = { ...structuredClone(gateway), spec: { ...gateway?.spec, replicas: 'two' } };
    expect(validate(wrongType)).toBe(false);
  });

  it('applies every manifest of the folder through kustomization.yaml', () => {
    const kustomization = parse(readFileSync(join(MANIFESTS, 'kustomization.yaml'), 'utf8')) as {
      resources: string[];
    };
    expect([...kustomization.resources].sort()).toEqual(
      readdirSync(MANIFESTS)
        .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
        .sort(),
    );
  });

  it('deploys the gateway and every registered subgraph, each with a Service, a disruption budget and an autoscaler', () => {
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler'])
      expect(
        ofKind(kind)
          .map((resource) => resource.metadata.name)
          .sort(),
      ).toEqual([...SERVICES].sort());
    for (const autoscaler of ofKind('HorizontalPodAutoscaler')) {
      const spec = autoscaler.spec as { scaleTargetRef: { kind: string; name: string }; minReplicas: number };
      expect(spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: autoscaler.metadata.name });
      // A disruption budget of one available pod needs two to let a node drain.
      expect(spec.minReplicas).toBeGreaterThanOrEqual(2);
    }
    expect(
      new Set(resources.map((resource) => resource.metadata.namespace ?? resource.metadata.name)),
    ).toEqual(new Set(['justice-gateway']));
  });

  it.each(SERVICES)(
    'runs %s non-root on a read-only root filesystem, probed on /health/live and /health/ready',
    (name) => {
      const deployment = ofKind('Deployment').find((resource) => resource.metadata.name === name);
      const spec = deployment ? podSpec(deployment) : undefined;
      const [container] = spec?.containers ?? [];
      expect(spec?.securityContext?.runAsNonRoot).toBe(true);
      expect(container?.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
      expect(container?.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(container?.startupProbe?.httpGet?.path).toBe('/health/live');
      expect(container?.readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(container?.resources?.requests?.cpu).toMatch(/^\d+m$/);
      expect(container?.resources?.requests?.memory).toMatch(/^\d+Mi$/);
      expect(container?.resources?.limits?.memory).toMatch(/^\d+Mi$/);
    },
  );

  it('takes every database URL and key from a Secret by reference, never a literal', () => {
    const literals = ofKind('Deployment')
      .flatMap((deployment) => podSpec(deployment).containers.flatMap((container) => container.env ?? []))
      .filter((variable) => /DATABASE_URL|REDIS_URL|_KEY$|PASSWORD|SECRET/.test(variable.name))
      .filter((variable) => !variable.valueFrom?.secretKeyRef)
      .map((variable) => `${variable.name}=${variable.value ?? ''}`);
    expect(literals).toEqual([]);
  });

  it.each(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph]))(
    'starts %s by its name in the registry on its registered port, behind a Service on that port',
    (_name, subgraph) => {
      const container = containerOf(subgraph.name);
      expect(container?.command).toEqual(
        expect.arrayContaining(['dist/node/subgraphs/main.js', subgraph.name]),
      );
      expect(container?.ports).toEqual([{ name: 'http', containerPort: subgraph.defaultPort }]);
      expect(envOf(subgraph.name).get(`${subgraph.envPrefix}_PORT`)?.value).toBe(
        String(subgraph.defaultPort),
      );
      expect((named('Service', subgraph.name)?.spec as { ports?: unknown })?.ports).toEqual([
        { name: 'http', port: subgraph.defaultPort, targetPort: 'http' },
      ]);
    },
  );

  it.each(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph]))(
    'gives %s each of its stores from a Secret, the settings, and the Service of every subgraph it calls',
    (_name, subgraph) => {
      const env = envOf(subgraph.name);
      for (const store of subgraph.stores) {
        const location =
          env.get(`${subgraph.envPrefix}_${store.toUpperCase()}_DATABASE_URL`) ??
          env.get(`${subgraph.envPrefix}_DATABASE_URL`);
        expect([store, location?.valueFrom?.secretKeyRef?.optional]).toEqual([store, undefined]);
        expect(location?.valueFrom?.secretKeyRef?.name).toMatch(/^justice-/);
      }
      expect(containerOf(subgraph.name)?.envFrom).toEqual([
        { configMapRef: { name: 'justice-gateway-settings' } },
      ]);
      // Without one, a subgraph asks 127.0.0.1 (its development default), where nothing answers in a pod.
      for (const [called, variable] of Object.entries(subgraph.calls ?? {}))
        expect([variable, env.get(variable)?.value]).toEqual([variable, serviceUrl(called)]);
    },
  );

  it('gives the notifications subgraph and every relaying subgraph one relay secret, from one Secret', () => {
    // Unset, each pod would make a development secret of its own in its emptyDir, and every batch be refused.
    const relaySecret = (name: string) => envOf(name).get('EVENTS_RELAY_SECRET')?.valueFrom?.secretKeyRef;
    const shared = relaySecret(notificationsSubgraph.name);
    expect(shared).toEqual({ name: expect.any(String) as string, key: expect.any(String) as string });
    expect(RELAYING.length).toBeGreaterThan(0);
    for (const subgraph of RELAYING)
      expect([subgraph.name, relaySecret(subgraph.name)]).toEqual([subgraph.name, shared]);
  });

  it('sets the events transport for all at once or not at all: NATS only in the shared settings', () => {
    // A relay publishing to JetStream while the notifications subgraph listens over HTTP would strand its events.
    const perDeployment = SERVICES.flatMap((name) =>
      [...envOf(name).keys()].filter((variable) => variable.startsWith('EVENTS_NATS_')),
    );
    expect(perDeployment).toEqual([]);
  });

  it("points the gateway at every subgraph's Service", () => {
    const env = envOf('gateway');
    for (const subgraph of SUBGRAPHS) {
      const variable = `SUBGRAPH_${subgraph.name.toUpperCase()}_URL`;
      expect([variable, env.get(variable)?.value]).toEqual([variable, serviceUrl(subgraph.name)]);
    }
  });

  it('lets callers reach the gateway, the gateway the subgraphs, and each subgraph the subgraphs it calls, nothing more', () => {
    const policies = ofKind('NetworkPolicy').map((policy) => policy.spec as unknown as NetworkPolicySpec);
    expect(policies).toContainEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    // The calls are the descriptors': visits asks P-Nomis, confiscation the courts, every relay notifications.
    const calls = SUBGRAPHS.flatMap((subgraph) =>
      Object.keys(subgraph.calls ?? {}).map(
        (called) => `${called} <- ${subgraph.name} :${findSubgraph(called)?.defaultPort}`,
      ),
    );
    expect(calls).toContain(`notifications <- courts :${notificationsSubgraph.defaultPort}`);
    expect(ingressAllowed(policies, pods)).toEqual(
      [
        'gateway <- anyone :4000',
        ...SUBGRAPHS.map((subgraph) => `${subgraph.name} <- gateway :${subgraph.defaultPort}`),
        ...calls,
      ].sort(),
    );
  });

  it("lets the notifications subgraph connect out to the agencies' webhooks over HTTPS", () => {
    const policies = ofKind('NetworkPolicy').map((policy) => policy.spec as unknown as NetworkPolicySpec);
    const notifications = pods.find((pod) => pod.name === notificationsSubgraph.name);
    expect(notifications && mayConnectOut(policies, notifications, 443)).toBe(true);
    // The check sees a policy that would shut it in.
    const shut: NetworkPolicySpec = { podSelector: {}, policyTypes: ['Egress'] };
    expect(notifications && mayConnectOut([...policies, shut], notifications, 443)).toBe(false);
  });
});
