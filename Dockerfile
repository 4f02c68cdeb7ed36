# eventdesk: the bot in a container. docs/self-hosting.md explains the volumes, health check and upgrades.
# Every RUN uses paths relative to WORKDIR, so tests/ops/dockerfile.test.ts can replay these steps in a
# temporary folder on a machine without Docker and catch a recipe that no longer installs, builds or starts.

# 1. Build: all dependencies, then TypeScript to dist/; and the volumes' first contents.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build
COPY data/articles ./volumes/articles
RUN mkdir -p volumes/state volumes/stories

# 2. Production dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. The image: compiled code, production dependencies, a non-root user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    EVENTDESK_CORPUS_DIR=/data/articles \
    EVENTDESK_STATE_DIR=/data/state \
    EVENTDESK_STORIES_DIR=/data/stories \
    EVENTDESK_CACHE_DIR=/data/state/cache
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# A new named volume starts with what the image has at its mount point: the bundled story, no stories, an empty state.
COPY --chown=node:node --from=build /app/volumes /data
USER node
VOLUME ["/data/articles", "/data/stories", "/data/state"]
# Healthy once the gateway is READY and the articles are loaded (the bot's own report, see npm run health).
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 CMD ["node", "dist/src/cli/health.js"]
CMD ["node", "dist/src/bot/main.js"]
