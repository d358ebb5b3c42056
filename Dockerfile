# syntax=docker/dockerfile:1
# One image for every service of the justice gateway: the gateway (the default command) and each subgraph
# (`node dist/node/subgraphs/main.js <name>`), as compiled JavaScript, run as a non-root user on a root
# filesystem that may be mounted read-only: everything a service writes goes under DATA_DIR (a volume) or /tmp.
#   docker build -t justice-gateway .
#   docker run --read-only --tmpfs /tmp -v jg-data:/var/lib/justice-gateway -p 4000:4000 justice-gateway
# compose.yaml runs the whole system on PostgreSQL; deploy/kubernetes/ has the manifests.

ARG NODE_IMAGE=node:20.19-bookworm-slim

# --- build: every dependency, the TypeScript compiled into dist/node and the browser pages into dist/web ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 compiles its native module when no prebuilt binary matches.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web && npm run build

# --- dependencies: production ones only, with the native module built above ---
FROM build AS dependencies
RUN npm prune --omit=dev --no-audit --no-fund

# --- runtime: node, the production dependencies and what the services read; no compiler, no sources ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/var/lib/justice-gateway \
    GATEWAY_HOST=0.0.0.0 \
    SUBGRAPH_HOST=0.0.0.0
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
# The subgraphs load their SDL as it is; the gateway serves the composed supergraph and the partners' manifests.
COPY --from=build /app/schema ./schema
COPY --from=build /app/trusted-documents ./trusted-documents
# The data folder (development keys, SQLite stores when no PostgreSQL is configured) belongs to the service user,
# and so does a named volume mounted on it; the application's own files stay root's, read-only to the services.
RUN mkdir -p /var/lib/justice-gateway && chown node:node /var/lib/justice-gateway
VOLUME ["/var/lib/justice-gateway"]
# The node image's unprivileged user (uid 1000).
USER node
EXPOSE 4000 4001 4002 4003 4004 4005
# Live and ready (scripts/healthcheck.ts); a subgraph's container passes its own URL, e.g. http://127.0.0.1:4001.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/node/scripts/healthcheck.js", "http://127.0.0.1:4000"]
CMD ["node", "--enable-source-maps", "--heap-growing-percent=100", "dist/node/gateway/main.js"]
