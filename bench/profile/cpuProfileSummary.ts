/** A V8 CPU profile as `node --cpu-prof` writes it (the fields read here). */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  /** The node each sample was taken in, in time order. */
  samples: number[];
  /** Microseconds since the sample before. */
  timeDeltas: number[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** A function's (or an area's) share of the time sampled. */
export interface HotSpot {
  name: string;
  /** Time with the function running itself, in ms. */
  selfMs: number;
  /** Time with the function anywhere on the stack, counted once per sample however often it recurs, in ms. */
  totalMs: number;
}

/** What a profile says, as hot spots sorted by self time, and the stacks folded for a flame graph. */
export interface ProfileSummary {
  sampledMs: number;
  /** Time not spent running JavaScript or collecting garbage: the process waiting for work. */
  idleMs: number;
  functions: HotSpot[];
  /** By package (node_modules), the project's folder (gateway/src/…), node's own code, or V8's pseudo-frames. */
  areas: HotSpot[];
  /** One line per distinct stack: frames from the root joined by `;`, a space, and microseconds (flamegraph.pl). */
  folded: string[];
}

const IDLE = '(idle)';

/** The area a frame belongs to: `pkg:<package>`, `node:<module>`, the project's folder, or V8's pseudo-frame. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return `pkg:${inPackage[1]}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const inProject =
    /\/dist\/node\/([^/]+\/(?:src\/)?[^/]+)/.exec(url) ?? /\/((?:gateway|lib|subgraphs)\/[^/]+)/.exec(url);
  return inProject?.[1] ?? url;
}

function functionOf(frame: CallFrame): string {
  if (frame.url === '') return frame.functionName;
  const file = frame.url
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/dist\/node\//, '')
    .replace(/^file:\/\//, '');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

function add(into: Map<string, HotSpot>, name: string, field: 'selfMs' | 'totalMs', ms: number): void {
  const spot = into.get(name) ?? { name, selfMs: 0, totalMs: 0 };
  spot[field] += ms;
  into.set(name, spot);
}

/** Sums a profile's samples by function and by area, self and total, and folds its stacks. */
export function summariseCpuProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const functions = new Map<string, HotSpot>();
  const areas = new Map<string, HotSpot>();
  const stacks = new Map<string, number>();
  let sampledMs = 0;
  let idleMs = 0;
  profile.samples.forEach((nodeId, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const ms = micros / 1000;
    sampledMs += ms;
    const leaf = byId.get(nodeId);
    if (!leaf) return;
    if (leaf.callFrame.functionName === IDLE) {
      idleMs += ms;
      return;
    }
    add(functions, functionOf(leaf.callFrame), 'selfMs', ms);
    add(areas, areaOf(leaf.callFrame), 'selfMs', ms);
    const seenFunctions = new Set<string>();
    const seenAreas = new Set<string>();
    const frames: string[] = [];
    for (let id: number | undefined = nodeId; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === '(root)') break;
      const name = functionOf(frame);
      frames.push(name.replace(/;/g, ','));
      if (!seenFunctions.has(name)) add(functions, name, 'totalMs', ms);
      seenFunctions.add(name);
      const area = areaOf(frame);
      if (!seenAreas.has(area)) add(areas, area, 'totalMs', ms);
      seenAreas.add(area);
    }
    const stack = frames.reverse().join(';');
    stacks.set(stack, (stacks.get(stack) ?? 0) + micros);
  });
  const bySelf = (spots: Map<string, HotSpot>) => [...spots.values()].sort((a, b) => b.selfMs - a.selfMs);
  return {
    sampledMs,
    idleMs,
    functions: bySelf(functions),
    areas: bySelf(areas),
    folded: [...stacks].map(([stack, micros]) => `${stack} ${Math.round(micros)}`),
  };
}
