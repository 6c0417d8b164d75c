# Parley: `make run` opens the demo comparison, `make test` runs every test
# and lists the skipped ones.
GO ?= go

# Every build and test here leaves out Fyne's bundled colour emoji font
# (4 MB, parsed again for each text style the window draws: 19 MB of the
# window's memory with two communiqués open). Emoji in a statement are
# still drawn, from the system's fonts (README, "Dependencies").
# A -tags on a command line replaces GOFLAGS' own: release builds and fyne
# package name it again (RELEASE_FLAGS, --tags).
BUILD_TAGS = no_emoji
export GOFLAGS := $(strip $(GOFLAGS) -tags=$(BUILD_TAGS))

.PHONY: run test race fuzz fuzz-long e2e soak deps tools build install uninstall vet screenshot clean bench \
	package package-deps package-linux package-windows package-macos icons synonyms synonym-table

run: deps
	$(GO) run . demo

# go test's events (-json), summed up by internal/testsummary: ok or FAIL
# per package, the whole output of failing tests and failed builds, then
# every skipped test with its reason; it fails when anything failed. Bash
# with pipefail, so that a go test failing before any event fails too.
TESTSUMMARY = $(GO) run ./internal/testsummary
# The packages make test and make race test (make test PKGS=./compare/...).
PKGS ?= ./...
test race: SHELL := bash
test race: .SHELLFLAGS := -o pipefail -c

test: tools
	$(GO) vet $(PKGS)
	$(GO) test -json $(PKGS) | $(TESTSUMMARY)

# The race detector over every package (CI runs it after make test).
race: tools
	$(GO) test -race -json $(PKGS) | $(TESTSUMMARY)

# Every fuzz target for FUZZTIME each (make test replays only the seeds and
# the saved failures in testdata/fuzz/).
FUZZTIME ?= 30s
fuzz: deps
	FUZZTIME=$(FUZZTIME) GO=$(GO) ./scripts/fuzz.sh

# The long run before a release: every target for FUZZLONG (10 minutes
# each by default, about two hours in all), with the summary table.
FUZZLONG ?= 10m
fuzz-long: deps
	FUZZTIME=$(FUZZLONG) GO=$(GO) ./scripts/fuzz.sh

# The real window under Xvfb: open a project, export the PDF through the
# menu shortcut and dialogs (xdotool), check its text, quit (CI runs it).
e2e: tools
	GO=$(GO) ./scripts/e2e.sh

# Long use of the real window under Xvfb (scripts/soak.sh): ROUNDS rounds of
# every view, keyboard selection, scrolling and clicks, with notes, manual
# alignments, saving, closing and reopening the project and report exports
# every few rounds; memory, responses and whether the window still answers.
# CI runs make soak ROUNDS=8 (every kind of step at least once).
ROUNDS ?= 500
soak: tools
	$(GO) build -o bin/parley .
	./scripts/soak.sh bin/parley $(ROUNDS)

# The performance figures of the README in one run: whole processes against
# their yardsticks (git for the diff), side by side, and the Go benchmarks.
# BENCHFLAGS="-runs 41 -window=false" for more runs, or without the window
# binary.
bench: deps
	$(GO) run ./internal/cmd/bench $(BENCHFLAGS)

# parley-cli is built without cgo: nothing in it calls C, and a static
# binary starts without the dynamic loader and libc's start-up: 0.7 ms of
# a parley-cli diff that took 7 (README, "Performance").
CLI_ENV = CGO_ENABLED=0

build: deps
	$(GO) build -o bin/parley .
	$(CLI_ENV) $(GO) build -o bin/parley-cli ./cmd/parley-cli

# parley and parley-cli into $(PREFIX)/bin: ~/.local/bin, or /usr/local/bin
# when run as root. With another PREFIX (make install PREFIX=/usr/local) it
# builds as you and copies with sudo when the folder is not yours to write.
PREFIX ?= $(if $(filter 0,$(shell id -u)),/usr/local,$(HOME)/.local)
BINDIR = $(DESTDIR)$(PREFIX)/bin

install: build
	@sudo=; { mkdir -p "$(BINDIR)" 2>/dev/null && [ -w "$(BINDIR)" ]; } || sudo=sudo; \
	echo "$${sudo:+sudo }install -m 0755 bin/parley bin/parley-cli $(BINDIR)/"; \
	$$sudo mkdir -p "$(BINDIR)" && $$sudo install -m 0755 bin/parley bin/parley-cli "$(BINDIR)/"
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; \
	*) echo "$(BINDIR) is not on your PATH: add it, e.g. in ~/.profile: PATH=\"$(BINDIR):\$$PATH\"" ;; esac

uninstall:
	@sudo=; [ ! -e "$(BINDIR)" ] || [ -w "$(BINDIR)" ] || sudo=sudo; \
	echo "$${sudo:+sudo }rm -f $(BINDIR)/parley $(BINDIR)/parley-cli"; \
	$$sudo rm -f "$(BINDIR)/parley" "$(BINDIR)/parley-cli"

deps:
	@./scripts/deps.sh

tools:
	@./scripts/deps.sh --with-tools

# docs/screens/: every scene and view in a real window under Xvfb;
# docs/screenshot.png is the demo's (the desktop metadata links it).
screenshot: tools build
	./scripts/docs-screenshots.sh bin/parley docs/screens
	cp docs/screens/demo-1400x900-dark.png docs/screenshot.png

clean:
	rm -rf bin dist

# ---- Packages (README: "Building the packages") ----------------------------
# make package writes dist/: the .deb, the fyne tarball and the Windows setup,
# with SHA256SUMS. Name, ID, version and build come from FyneApp.toml.
# The two packaging tools are Go programs at pinned versions, built by Go
# itself (nothing to install by hand): fyne's packager goes to bin/tools
# (it runs with GOOS=windows for the Windows build, which go run cannot
# pass through), nfpm runs with go run.
FYNE_TOOLS_VERSION = v1.7.4
NFPM_VERSION = v2.48.0
FYNE = bin/tools/fyne-$(FYNE_TOOLS_VERSION)/fyne
NFPM = $(GO) run github.com/goreleaser/nfpm/v2/cmd/nfpm@$(NFPM_VERSION)
# FyneApp.toml's fields (through the copy the binaries embed), read once and
# only by the targets that use them.
appinfo = $(shell $(GO) run ./internal/appinfo/cmd/appinfo $(1))
VERSION = $(eval VERSION := $$(call appinfo,version))$(VERSION)
BUILD = $(eval BUILD := $$(call appinfo,build))$(BUILD)

DIST = dist
# fyne package adds 1 to FyneApp.toml's Build after every run (and rewrites
# the file); the version is the repository's to set, so the file is put back
# as it was, whether fyne succeeds or not. $(1): environment, $(2): arguments.
fyne_package = mkdir -p $(DIST)/build && cp FyneApp.toml $(DIST)/build/FyneApp.toml.keep && \
	{ $(1) $(FYNE) package $(2); s=$$?; cp $(DIST)/build/FyneApp.toml.keep FyneApp.toml; exit $$s; }
LINUX_BIN = $(DIST)/build/linux/parley
LINUX_CLI = $(DIST)/build/linux/parley-cli
WINDOWS_EXE = $(DIST)/build/windows/parley.exe
WINDOWS_LICENSE = $(DIST)/build/windows/LICENSE.txt
WINDOWS_SETUP = $(DIST)/parley_$(VERSION)_windows_amd64_setup.exe
RELEASE_FLAGS = -trimpath -tags release,$(BUILD_TAGS) -ldflags "-s -w"

package: package-deps $(FYNE)
	rm -rf $(DIST)
	$(MAKE) --no-print-directory package-linux package-windows
	cd $(DIST) && sha256sum parley_* > SHA256SUMS
	@ls -l $(DIST)

package-deps:
	@./scripts/deps.sh --with-packaging

$(FYNE):
	GOBIN=$(CURDIR)/$(dir $(FYNE)) $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)

# The .deb (nfpm: packaging/nfpm.yaml) and fyne's tarball (usr/local, with a
# Makefile to install it), from one release build of the window binary.
package-linux: $(FYNE)
	mkdir -p $(dir $(LINUX_BIN))
	$(GO) build $(RELEASE_FLAGS) -o $(LINUX_BIN) .
	$(CLI_ENV) $(GO) build $(RELEASE_FLAGS) -o $(LINUX_CLI) ./cmd/parley-cli
	packaging/linux/check-depends.sh $(LINUX_BIN) packaging/nfpm.yaml
	$(call fyne_package,,-os linux --release --executable $(LINUX_BIN))
	mv Parley.tar.xz $(DIST)/parley_$(VERSION)_linux_amd64.tar.xz
	VERSION=$(VERSION) BUILD=$(BUILD) $(NFPM) package --config packaging/nfpm.yaml --packager deb --target $(DIST)/

# parley.exe cross-compiled with MinGW by fyne package (icon, version info and
# manifest in a .syso), then the NSIS setup, which shows LICENSE (with the
# Windows line ends NSIS needs) and installs it. Both are signed when
# PARLEY_SIGN_PFX names a certificate (packaging/windows/sign.sh).
package-windows: $(FYNE)
	mkdir -p $(dir $(WINDOWS_EXE))
	$(call fyne_package,CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64,-os windows --release --tags $(BUILD_TAGS))
	mv Parley.exe $(WINDOWS_EXE)
	packaging/windows/sign.sh $(WINDOWS_EXE)
	sed 's/$$/\r/' LICENSE > $(WINDOWS_LICENSE)
	makensis -V2 -DVERSION=$(VERSION) -DBUILD=$(BUILD) \
		-DEXE=$(CURDIR)/$(WINDOWS_EXE) -DOUTFILE=$(CURDIR)/$(WINDOWS_SETUP) \
		-DLICENSE_TXT=$(CURDIR)/$(WINDOWS_LICENSE) \
		$${PARLEY_SIGN_PFX:+-DSIGN=$(CURDIR)/packaging/windows/sign.sh} \
		packaging/windows/parley.nsi
	@[ -n "$$PARLEY_SIGN_PFX" ] || echo "sign: PARLEY_SIGN_PFX is not set, the setup program stays unsigned"

# Parley.app and a .dmg with an Applications link, on a Mac only (Xcode's
# command line tools; .github/workflows/macos.yml runs it). The app is not
# signed with a Developer ID nor notarised.
package-macos: $(FYNE)
	mkdir -p $(DIST)
	$(call fyne_package,,-os darwin --release --tags $(BUILD_TAGS))
	rm -rf $(DIST)/Parley.app $(DIST)/dmg && mv Parley.app $(DIST)/
	mkdir -p $(DIST)/dmg && cp -R $(DIST)/Parley.app $(DIST)/dmg/ && ln -s /Applications $(DIST)/dmg/Applications
	hdiutil create -volname "$(call appinfo,name) $(VERSION)" -srcfolder $(DIST)/dmg -ov -format UDZO \
		$(DIST)/parley_$(VERSION)_macos_$$($(GO) env GOARCH).dmg
	rm -rf $(DIST)/dmg
	cd $(DIST) && shasum -a 256 parley_*_macos_*.dmg > SHA256SUMS-macos

# Re-render assets/icon.png, packaging/icons/ and the .ico from assets/icon.svg
# (commit the results).
icons:
	./packaging/icons.sh

# Re-generate assets/lang/synonyms-en.txt, the aligner's WordNet synonym sets,
# from WordNet 3.0 (Debian: apt-get install wordnet-base; WORDNET is its dict
# folder). Commit the result; internal/cmd/gensynonyms says what it keeps.
WORDNET ?= /usr/share/wordnet
synonyms:
	$(GO) run ./internal/cmd/gensynonyms -dict $(WORDNET) -out assets/lang/synonyms-en.txt
	$(MAKE) synonym-table

# Re-compile the English synonym table (assets/lang/synonyms-en-compiled.txt) from
# assets/lang/paraphrases-en.txt and synonyms-en.txt, after editing either.
synonym-table:
	$(GO) run ./internal/cmd/gensyntable -out assets/lang/synonyms-en-compiled.txt
