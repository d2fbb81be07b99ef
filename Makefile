# vanthu — the two commands that matter on a fresh Debian/Ubuntu machine:
#   make run    installs what is missing, builds, opens the app on the bundled sample library
#   make test   installs what the tests need and runs every test (unit, race, fuzz seeds, short fuzzing, Windows build)

GO        ?= go
BIN       ?= vanthu
SAMPLELIB ?= $(CURDIR)/.sample-library
FUZZTIME  ?= 8s
VERSION   ?= $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)

.PHONY: run build cli sample-library test lint test-unit test-race test-fuzz windows check-windows bench bench-search bench-import killtest score clean

run: build sample-library
	./$(BIN) --library "$(SAMPLELIB)"

build:
	@scripts/deps.sh run
	$(GO) build -o $(BIN) .

# A CLI-only build (no Fyne, no cgo): fast, for scripts and the scorer.
cli:
	$(GO) build -o $(BIN)-cli ./internal/cmd/vanthu-cli

sample-library: build
	@[ -f "$(SAMPLELIB)/vanthu.db" ] || ./$(BIN) import --library "$(SAMPLELIB)" assets/samples

# The unit tests run last so that their summary line closes the output.
test:
	@scripts/deps.sh test windows
	$(MAKE) lint check-windows test-fuzz test-race test-unit

lint:
	$(GO) vet ./...
	@unformatted="$$(gofmt -l .)"; if [ -n "$$unformatted" ]; then \
		echo "$$unformatted"; echo "gofmt: các tệp trên chưa được định dạng"; exit 1; fi

test-unit:
	@scripts/test.sh

# The window's tests under the race detector: background work reaches the
# widgets only through fyne.Do, and a race there is a flaky test (or a crash)
# waiting to happen.
test-race:
	xvfb-run -a $(GO) test -race -count=1 ./app/

# Each fuzz target runs briefly; the seed corpora already run in test-unit.
test-fuzz:
	@scripts/fuzz.sh $(FUZZTIME)

windows: dist/vanthu.exe

dist/vanthu.exe: $(shell find . -name '*.go' -not -path './dist/*') FyneApp.toml assets/windows/vanthu.rc
	@scripts/deps.sh windows
	@mkdir -p dist
	scripts/windows-resources.sh "$(VERSION)"
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$(GO) build -trimpath -ldflags "-H windowsgui -s -w" -o dist/vanthu.exe .
	rm -f rsrc_windows_amd64.syso

# CI checks that the Windows build still links and is a 64-bit GUI program.
check-windows: windows
	@kind="$$(file dist/vanthu.exe)"; echo "$$kind"; echo "$$kind" | grep -q 'PE32+ executable (GUI) x86-64' \
		|| { echo "dist/vanthu.exe không phải chương trình GUI 64-bit cho Windows"; exit 1; }

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./docs/... ./index/...

bench-search:
	$(GO) run ./bench/searchbench -corpus ../shared/corpus/legal

# The window on a 10 000-document library built once from ../shared/corpus/legal (kept in bench/out).
.PHONY: bench-window
bench-window:
	xvfb-run -a $(GO) test ./app -run '^$$' -bench Window -benchtime 5x -timeout 30m

# OCR on the transcribed real scans: CER before/after correction, fields, time of a 2-page scan.
bench-ocr:
	$(GO) run ./bench/ocrbench

bench-import:
	$(GO) test ./bench/importbench/ -run - -bench . -benchtime 1x

.PHONY: bench-reliability
bench-reliability:
	$(GO) run ./bench/reliabilitybench -corpus ../shared/corpus/legal

killtest:
	VANTHU_KILLTEST_KILLS=20 VANTHU_KILLTEST_SEED=7 $(GO) test -count=1 -v ./bench/killtest/

score: cli
	python3 ../shared/eval/score.py --cmd "./$(BIN)-cli extract --json"

clean:
	rm -rf $(BIN) $(BIN)-cli dist rsrc_windows_amd64.syso
