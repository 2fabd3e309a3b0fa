# Thin wrappers over the npm scripts and tools/scripts; see README.md.
SHELL := /bin/bash
QUEUE ?= all

.PHONY: install build demo test test-unit test-int test-e2e lint format bench serve-api db-migrate temporal-dev dev-temporal run-temporal worker clean

install:
	bash tools/scripts/setup.sh

build:
	node tools/scripts/build.mjs

demo: install
	bin/job-hunter demo

test: install
	bash tools/scripts/test-all.sh

test-unit:
	npx jest --selectProjects unit

test-int:
	npx jest --selectProjects int --runInBand

test-e2e: build
	npx jest --selectProjects e2e --runInBand

lint:
	npx nx show projects >/dev/null
	npx eslint . --max-warnings 0
	npx prettier --check .
	npx tsc -p tsconfig.json --noEmit

format:
	npx prettier --write .

serve-api: build
	npx nx serve api

db-migrate: build
	node dist/libs/persistence/src/migrate.main.js

clean:
	rm -rf dist output tmp .nx
