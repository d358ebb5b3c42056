import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { kubernetesValidator } from './support/kubernetesSchemas';

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
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

interface Container {
  name: string;
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
const podSpec = (deployment: Resource) => (deployment.spec as { template: { spec: PodSpec } }).template.spec;
const SERVICES = ['gateway', ...SUBGRAPHS.map((subgraph) => subgraph.name)];

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

  it('lets nothing reach a pod but the gateway from callers, the subgraphs from the gateway, and P-Nomis from visits', () => {
    const policies = ofKind('NetworkPolicy').map((policy) => policy.spec as unknown as NetworkPolicySpec);
    expect(policies).toContainEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const allowed = policies.flatMap((policy) =>
      (policy.ingress ?? []).map((rule) => ({
        to: policy.podSelector.matchLabels ?? {},
        from: (rule.from ?? []).map((peer) => peer.podSelector?.matchLabels ?? 'anyone'),
      })),
    );
    expect(allowed).toEqual([
      { to: { 'app.kubernetes.io/name': 'gateway' }, from: [] },
      { to: { 'app.kubernetes.io/component': 'subgraph' }, from: [{ 'app.kubernetes.io/name': 'gateway' }] },
      { to: { 'app.kubernetes.io/name': 'pnomis' }, from: [{ 'app.kubernetes.io/name': 'visits' }] },
    ]);
    // The subgraph policy covers every subgraph's pods.
    for (const subgraph of SUBGRAPHS) {
      const deployment = ofKind('Deployment').find((resource) => resource.metadata.name === subgraph.name);
      const labels = (deployment?.spec as { template: { metadata: { labels: Record<string, string> } } })
        .template.metadata.labels;
      expect(labels['app.kubernetes.io/component']).toBe('subgraph');
    }
  });
});

interface NetworkPolicySpec {
  podSelector: { matchLabels?: Record<string, string> };
  policyTypes: string[];
  ingress?: { from?: { podSelector?: { matchLabels?: Record<string, string> } }[] }[];
}
