# Thin wrappers over the npm scripts and tools/scripts; see README.md.
SHELL := /bin/bash
QUEUE ?= all

.PHONY: install build demo web test test-unit test-int test-e2e lint check-deploy format bench serve-api db-migrate temporal-dev dev-temporal run-temporal worker clean

install:
	bash tools/scripts/setup.sh

build:
	node tools/scripts/build.mjs

demo: install
	bin/job-hunter demo
	@echo "Web app: make web, then open http://127.0.0.1:$${JH_API_PORT:-3000}"

# The API and its web app on the demo data: every run replays the demo snapshot (no network) and
# searches the demo companies unless the form uploads others. On loopback no token is needed;
# with JH_API_TOKEN set (environment or .env) the app asks for it.
web: install
	@echo "Web app: open http://127.0.0.1:$${JH_API_PORT:-3000}$$([ -n "$${JH_API_TOKEN:-}" ] && echo ' and sign in with your JH_API_TOKEN' || echo ' (loopback: no token needed)')"
	JH_SNAPSHOT_DIR=data/demo/snapshot JH_COMPANIES_FILE=data/demo/companies.yaml node dist/apps/api/src/main.js

test: install
	bash tools/scripts/test-all.sh

test-unit:
	npx jest --selectProjects unit

test-int:
	npx jest --selectProjects int --runInBand

test-e2e: build
	npx jest --selectProjects e2e --runInBand

# The same static checks as CI and the pre-commit hook.
lint:
	bash tools/scripts/static-checks.sh

# docker-compose.yml, Dockerfile and deploy/kubernetes/ against their schemas (no Docker needed).
check-deploy:
	bash tools/scripts/check-deploy.sh

format:
	npx prettier --write .

serve-api: build
	npx nx serve api

db-migrate: build
	node dist/libs/persistence/src/migrate.main.js

clean:
	rm -rf dist output tmp .nx

# Temporal. A local dev server without Docker on localhost:7233 (the `temporal` CLI from PATH,
# else the one tools/scripts/install-temporal.sh puts in .tools/bin); state lives in memory.
temporal-dev:
	@bin="$$(command -v temporal || true)"; \
	if [ -z "$$bin" ]; then bash tools/scripts/install-temporal.sh && bin="$$PWD/.tools/bin/temporal"; fi; \
	exec "$$bin" server start-dev --headless --ip 127.0.0.1 --port 7233

# The same with Docker: Temporal, its web UI and PostgreSQL (docker-compose.yml).
dev-temporal:
	docker compose up -d temporal temporal-ui postgres

# The demo on Temporal in one process (run and workers); start a server first (make temporal-dev).
# For separate workers instead: `make worker` in another shell, then `bin/job-hunter demo --temporal`.
run-temporal:
	bin/job-hunter demo --temporal --with-worker

# A worker for one queue kind: make worker QUEUE=default|llm|scraping|all (default: all).
worker:
	bin/job-hunter worker --queue $(QUEUE)
