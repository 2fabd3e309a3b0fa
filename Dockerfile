# One image for the HTTP API and the Temporal workers.
#   docker build -t job-hunter .
#   docker run -e JH_API_TOKEN=<secret> job-hunter                      (the API on :3000)
#   docker run job-hunter dist/apps/cli/src/main.js worker --queue llm   (a worker; queues: default, llm, scraping, all)
# The entrypoint is node, so a command is a script under dist/ plus its arguments.

# Compile TypeScript to dist/ (tsc + tsc-alias, as `make build` does).
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.base.json tsconfig.build.json ./
COPY tools/scripts/build.mjs tools/scripts/build.mjs
COPY apps apps
COPY libs libs
RUN node tools/scripts/build.mjs

# Production dependencies only, installed apart so no dev package reaches the runtime image.
# The full bookworm image has the compilers better-sqlite3 falls back on; the runtime is bookworm too.
FROM node:20-bookworm AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error

FROM node:20-slim AS runtime
# Careers pages that are no known job board are read in headless Chromium at /usr/bin/chromium
# (the scraping workers); without it those companies fail with a hint and everything else works.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    JH_OUTPUT_DIR=/app/var/output \
    JH_DATABASE_URL=sqlite:/app/var/job-hunter.db \
    JH_API_HOST=0.0.0.0 \
    JH_API_PORT=3000
# The API listens on every interface of the container, so it needs JH_API_TOKEN (without one it
# refuses to start, exit 2).
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Data files the code finds by walking up from dist/: company registry, occupations, geography, demo.
COPY data/registry data/registry
COPY data/occupations data/occupations
COPY data/geo data/geo
COPY data/demo data/demo
# Code and data stay root-owned and read-only; the unprivileged user writes only under /app/var.
RUN mkdir -p /app/var/output && chown -R node:node /app/var
USER node
EXPOSE 3000
ENTRYPOINT ["node", "--enable-source-maps"]
CMD ["dist/apps/api/src/main.js"]
