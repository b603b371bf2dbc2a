# syntax=docker/dockerfile:1
# Production image: compiled JavaScript, production dependencies only, non-root, node as PID 1.
# Expects DATABASE_URL (any Postgres >= 14) and MASTER_KEY; the embedded Postgres and the sandbox are development aids.

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY console ./console
COPY scripts/build-console.ts ./scripts/
# The same build script CI runs (.ci/run): tsc -p tsconfig.build.json → dist/src/main.js, dist/migrations/, and the
# web console's bundle → dist/console/.
RUN npm run build && npm prune --omit=dev

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/.data \
    SANDBOX_ENABLED=false
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node schema ./schema
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (no npm, no sh -c), so SIGTERM reaches the gateway and it drains.
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
