# kis-dashboard — the two set-up commands are `make demo` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help
SWIFT ?= swift
export KISDASH_ROOT := $(CURDIR)

.PHONY: help setup build db db-url db-stop demo sample archive-sample test lint clean

help:
	@echo "make demo     set up, then sync the simulator's default account into the local PostgreSQL and render the PDF"
	@echo "make sample   run the demo, then refresh docs/sample/ (the PDF and a 60 dpi PNG per page)"
	@echo "make archive-sample  write the sample archive index and screenshot it into docs/ (needs chromium)"
	@echo "make test     set up, then run every test (real PostgreSQL, in-process simulator)"
	@echo "make db-url   print the database URL (starts the local cluster when DATABASE_URL is unset)"
	@echo "make db-stop  stop the local cluster"

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build --product kisdash
	$(SWIFT) build --product kis-simulator

db: setup
	@scripts/pg.sh start

db-url: setup
	@scripts/pg.sh url

db-stop:
	@scripts/pg.sh stop

demo: build db
	@scripts/demo.sh

sample: demo
	rm -rf docs/sample && mkdir -p docs/sample
	cp reports/Realtime/Kis_Dashboard.pdf docs/sample/Kis_Dashboard.pdf
	pdftoppm -png -r 60 docs/sample/Kis_Dashboard.pdf docs/sample/Kis_Dashboard

ARCHIVE_SAMPLE := $(CURDIR)/.build/archive-index-sample.html
CHROMIUM_SHOT := chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=ffffffff
archive-sample:
	KISDASH_ARCHIVE_SAMPLE=$(ARCHIVE_SAMPLE) $(SWIFT) test --filter ArchiveIndexPageTests.writeTheSamplePage
	$(CHROMIUM_SHOT) --window-size=390,700 --screenshot=docs/archive-index-390px.png file://$(ARCHIVE_SAMPLE)
	$(CHROMIUM_SHOT) --window-size=1280,640 --screenshot=docs/archive-index-desktop.png file://$(ARCHIVE_SAMPLE)

test: setup db
	@scripts/test.sh

clean:
	rm -rf .build
