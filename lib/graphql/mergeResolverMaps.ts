import type { ResolverMap } from './resolverMap';

/**
 * Merges resolver maps type by type, so that a capability can keep its resolvers in files of its own and still
 * add fields to shared types (Query, Mutation, Offender). A field defined twice is a mistake, and throws.
 */
export function mergeResolverMaps<Map extends ResolverMap>(...maps: Map[]): Map {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, resolvers] of Object.entries(map)) {
      // Scalars are objects of their own, not maps of field resolvers: they are taken as they are.
      if (typeof resolvers !== 'object' || resolvers === null || 'serialize' in resolvers) {
        (merged as Record<string, unknown>)[typeName] = resolvers;
        continue;
      }
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(resolvers as Record<string, unknown>)) {
        if (field in target) throw new Error(`Resolver for ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Map;
}
