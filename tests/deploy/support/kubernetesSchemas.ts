import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The Kubernetes API's JSON schemas as the kubernetes-models package ships them (generated from the Kubernetes
 * OpenAPI document; its README names the Kubernetes release), compiled with Ajv, offline. Each kind's module
 * registers its schema and those it refers to; they are read back and compiled strictly: an object whose
 * properties are listed takes no others, as `kubectl apply` refuses a misspelt field (kubeconform's "strict").
 */
// The package's schema modules are loaded by file: its exports map does not list them.
const loadFile = createRequire(__filename);
const modelsRoot = join(dirname(require.resolve('kubernetes-models/apps/v1/Deployment')), '../..');
const registry = (
  loadFile(join(dirname(require.resolve('@kubernetes-models/validate')), 'ajv.js')) as {
    ajv: { schemas: Record<string, { schema: unknown }> };
  }
).ajv;

/** A resource quantity ("250m", "128Mi"), as the Kubernetes API parses it. */
const QUANTITY = /^[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)(?:[KMGTPE]i|[mkMGTPE]|[eE][+-]?\d+)?$/;

/** The schema module of a kind: `apps/v1` `Deployment` → IoK8sApiAppsV1Deployment. */
function schemaModule(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['core', apiVersion];
  const groupName = (group ?? '').replace(/\.k8s\.io$/, '').replace(/^(.)/, (first) => first.toUpperCase());
  const versionName = (version ?? '').replace(/^(.)/, (first) => first.toUpperCase());
  return `IoK8sApi${groupName}${versionName}${kind}`;
}

/** Every object schema that lists its properties refuses others, as kubectl's strict decoding does. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema))
    copy[key] = key === 'properties' ? strictProperties(value) : strict(value);
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

function strictProperties(properties: unknown): unknown {
  return Object.fromEntries(
    Object.entries(properties as Record<string, unknown>).map(([name, value]) => [name, strict(value)]),
  );
}

/** A validator for resources of `apiVersion` and `kind`, or an error when the package has no schema for them. */
export function kubernetesValidator(apiVersion: string, kind: string): ValidateFunction {
  const module = loadFile(join(modelsRoot, '_schemas', `${schemaModule(apiVersion, kind)}.js`)) as {
    addSchema(): void;
  };
  module.addSchema();
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('quantity', { type: 'string', validate: QUANTITY });
  let root: string | undefined;
  for (const [id, entry] of Object.entries(registry.schemas)) {
    if (!id.startsWith('io.k8s.')) continue;
    ajv.addSchema(strict(entry.schema) as object, id);
    const schema = entry.schema as {
      properties?: { kind?: { enum?: string[] }; apiVersion?: { enum?: string[] } };
    };
    if (schema.properties?.kind?.enum?.[0] === kind && schema.properties.apiVersion?.enum?.[0] === apiVersion)
      root = id;
  }
  const validate = root ? ajv.getSchema(root) : undefined;
  if (!validate) throw new Error(`no schema for ${apiVersion} ${kind}`);
  return validate;
}
