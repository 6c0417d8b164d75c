# Parley: `make run` opens the demo comparison, `make test` runs every test.
GO ?= go

.PHONY: run test race fuzz e2e deps tools build vet screenshot clean

run: deps
	$(GO) run . demo

test: tools
	$(GO) vet ./...
	$(GO) test ./...

# The race detector over every package (CI runs it after make test).
race: tools
	$(GO) test -race ./...

# Every fuzz target for FUZZTIME each (make test replays only the seeds and
# the saved failures in testdata/fuzz/).
FUZZTIME ?= 30s
fuzz: deps
	FUZZTIME=$(FUZZTIME) GO=$(GO) ./scripts/fuzz.sh

# The real window under Xvfb: open a project, export the PDF through the
# menu shortcut and dialogs (xdotool), check its text, quit (CI runs it).
e2e: tools
	GO=$(GO) ./scripts/e2e.sh

build: deps
	$(GO) build -o bin/parley .
	$(GO) build -o bin/parley-cli ./cmd/parley-cli

deps:
	@./scripts/deps.sh

tools:
	@./scripts/deps.sh --with-tools

# docs/screenshot.png: the demo in a real window under Xvfb.
screenshot: tools build
	CLICK="400 320" ./scripts/screenshot.sh bin/parley docs/screenshot.png demo

clean:
	rm -rf bin dist
