# Trident's two entry points (see README.md):
#   make run   - build the CLI and run the sample module on every back end
#   make test  - install what is missing, then lint and run every test
#
# Everything runs in release mode: Cranelift built without optimisation
# compiles about 20x slower.

CARGO ?= cargo
# clang for wasm targets. `--no-wasm-opt`: clang runs binaryen's wasm-opt
# on its output when one is on PATH, and Debian's is older than some of
# what clang emits (it rejects 64-bit tables): the test programs must not
# depend on what else the machine has installed.
WASM_CC := clang-22 --no-wasm-opt
TRIDENT := target/release/trident
SPEC_DIR := ../shared/testsuite/wasm-2.0
# The 3.0 root files back end B is expected to pass: `tests/wasm3-files.sh B`
# (all but those listed for B, with the proposals they need, in
# tests/wasm3-expected-failures.txt); with `--new`, only the files the 2.0
# suite has no file of the same name for (what 3.0 added: multiple
# memories, …): the subset run under qemu.
WASM3_FILES := tests/wasm3-files.sh
# The relaxed SIMD files of the 3.0 suite, which `--relaxed-simd native`
# runs too (their `either` results admit every allowed answer).
RELAXED_FILES := $(sort $(wildcard ../shared/testsuite/wasm-3.0/*relaxed*.wast))
# Trident's own scripts (exact results of its deterministic choices, e.g.
# for relaxed SIMD): run with the 3.0 files, on x86-64 and under qemu.
OWN_WAST := $(sort $(wildcard tests/wast/*.wast))
BACKENDS := cranelift singlepass llvm
# Back ends that compile Wasm SIMD: `spec` runs the SIMD files for these
# too (a back end joins when its `Compiler::supports_simd` says true).
SIMD_BACKENDS := cranelift singlepass llvm

.PHONY: typed-refs-wasmtime relaxed-simd-bench
.PHONY: run test setup lint unit spec build wasi-demo simd-demo simd-demo-bench trap-lines memory64-crc tail-calls relaxed-simd headless spec-sse41 disas-bless
.PHONY: fuzz fuzz-stable kernels bench c-api c-api-bench install dist install-check
.PHONY: test-aarch64 build-aarch64 headless-aarch64 unit-aarch64 spec-aarch64 sightglass-aarch64 exe-aarch64 programs-aarch64

build: setup
	$(CARGO) build --release -p trident-cli

run: build
	@for b in $(BACKENDS); do \
	  echo "== $$b: fib(30)"; $(TRIDENT) run --backend $$b --invoke fib examples/fib.wat 30 || exit 1; \
	  echo "== $$b: divide(7, 0) traps:"; ! $(TRIDENT) run --backend $$b --invoke divide examples/fib.wat 7 0; \
	done

test: setup lint unit spec spec-sse41 test-aarch64 install-check

# Install what the build needs when it is missing (fresh Debian machine,
# root). The Rust toolchain itself comes with the machine.
setup:
	@command -v $(CARGO) >/dev/null || { echo "cargo is required (rustup)"; exit 1; }
	@command -v cc >/dev/null || { apt-get update -qq && apt-get install -y -qq gcc; }
	@dpkg -s llvm-22-dev >/dev/null 2>&1 || { apt-get update && apt-get install -y llvm-22-dev; }
	@command -v clang-22 >/dev/null && command -v wasm-ld-22 >/dev/null \
	  && test -f /usr/lib/wasm32-wasi/crt1-command.o \
	  && test -f /usr/lib/llvm-22/lib/clang/22/lib/wasi/libclang_rt.builtins-wasm32.a \
	  || { apt-get update -qq && apt-get install -y -qq clang-22 lld-22 wasi-libc libclang-rt-22-dev-wasm32; }
	@command -v qemu-x86_64 >/dev/null || { apt-get update -qq && apt-get install -y -qq qemu-user; }
	@command -v objdump >/dev/null || { apt-get update -qq && apt-get install -y -qq binutils; }
	@command -v gdb >/dev/null || { apt-get update -qq && apt-get install -y -qq gdb; }
	@command -v wat2wasm >/dev/null && command -v pkg-config >/dev/null \
	  || { apt-get update -qq && apt-get install -y -qq wabt pkg-config; }
	@command -v lldb-22 >/dev/null || { apt-get update -qq && apt-get install -y -qq lldb-22; }
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
	@command -v aarch64-linux-gnu-gcc >/dev/null && test -d /usr/aarch64-linux-gnu/include \
	  && command -v qemu-aarch64 >/dev/null && command -v aarch64-linux-gnu-objdump >/dev/null \
	  || { apt-get update -qq && apt-get install -y -qq gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu qemu-user; }
	@test -d "$$(rustc --print sysroot)/lib/rustlib/$(A64_TARGET)" || rustup target add $(A64_TARGET)
	@test -d ../shared/testsuite || { echo "error: ../shared/testsuite is missing (the shared folder must sit beside the repository)"; exit 1; }

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --workspace --all-targets -- -D warnings

# `c-api` first: `cargo test` does not build a cdylib, and the C API's
# tests link C programs against it.
unit: wasi-demo simd-demo trap-lines memory64-crc tail-calls relaxed-simd headless c-api
	$(CARGO) test --release --workspace

# The golden disassembly (tests/disas/*.wat, one listing per back end and
# ISA; `unit` checks them): rewrite the listings after an intended code
# generation change (or a Debian LLVM/binutils update), then review the
# diff with `git diff tests/disas`.
disas-bless: setup
	TRIDENT_BLESS=1 $(CARGO) test --release -p trident-tests --test integration disas::

# Fuzzing (README "Fuzzing"). `make test` runs a bounded budget of every
# target on the stable toolchain (the integration tests `fuzz::*`, about a
# minute); these are the long runs, never part of `make test`.
#
# `make fuzz`: libFuzzer (cargo-fuzz, nightly, no sanitizer) on each
# target in FUZZ_TARGETS for FUZZ_SECONDS each (default 1 hour: 6 hours
# in all), one after another, at nice 19. The corpus grows in
# fuzz/corpus/TARGET (seeded with tests/fuzz-regressions/TARGET), crashes
# land in fuzz/artifacts/TARGET: copy one to tests/fuzz-regressions/TARGET
# to keep it as a regression test. Instrumented builds stay in fuzz/target.
FUZZ_TARGETS ?= parse compile differential artifact cache wasi typed_refs
FUZZ_SECONDS ?= 3600
fuzz: setup
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	@set -e; cd fuzz; for t in $(FUZZ_TARGETS); do \
	  mkdir -p corpus/$$t artifacts/$$t; \
	  cp ../tests/fuzz-regressions/$$t/* corpus/$$t/ 2>/dev/null || true; \
	  if [ $$t = parse ]; then for f in $$(ls -S ../../shared/benchmarks/sightglass/*/*.wasm | tail -n 8); do \
	    cp $$f corpus/parse/sightglass-$$(basename $$(dirname $$f))-$$(basename $$f); done; fi; \
	  echo "== cargo fuzz run $$t for $(FUZZ_SECONDS) s (log: fuzz/fuzz-$$t.log)"; \
	  nice -n 19 $(CARGO) +nightly fuzz run -s none -O $$t corpus/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=60 -rss_limit_mb=4096 -artifact_prefix=artifacts/$$t/ \
	    -print_final_stats=1 > fuzz-$$t.log 2>&1 || { tail -n 40 fuzz-$$t.log; exit 1; }; \
	  grep -E '^stat::number_of_executed_units|^Done' fuzz-$$t.log || tail -n 2 fuzz-$$t.log; \
	done

# The same targets without libFuzzer (stable toolchain, deterministic
# inputs from seed FUZZ_SEED on): FUZZ_SECONDS per target, progress and
# counts (inputs, modules, calls per back end) every minute on stderr.
FUZZ_SEED ?= 1000000
fuzz-stable:
	$(CARGO) build --release -p trident-tests --tests
	@set -e; for t in $(FUZZ_TARGETS); do \
	  TRIDENT_FUZZ_SEED=$(FUZZ_SEED) TRIDENT_FUZZ_SECONDS=$(FUZZ_SECONDS) nice -n 19 \
	    $(CARGO) test --release -p trident-tests --test integration -- --exact fuzz::$$t --nocapture; \
	done

# Typed function references against Wasmtime (pip's `wasmtime`, installed
# here if missing): TYPED_REFS_CASES modules from typed_refs::module, run
# on the three back ends (which must agree) and replayed on Wasmtime.
TYPED_REFS_CASES ?= 5000
typed-refs-wasmtime:
	@python3 -c 'import wasmtime' 2>/dev/null || pip install -q wasmtime
	$(CARGO) build --release -p trident-fuzzing --bin typed-refs-cases
	rm -rf target/typed-refs-cases
	target/release/typed-refs-cases target/typed-refs-cases 0 $(TYPED_REFS_CASES)
	python3 lib/fuzzing/typed_refs_wasmtime.py target/typed-refs-cases

# Installation (README "Install"): the binary, the headless runtime
# libraries create-exe links (x86-64 and AArch64, where an installed
# trident looks for them: ../lib/trident/[TARGET/]), shell completions and
# man pages. The tree is relocatable: nothing in it names PREFIX.
# `make dist` packs the same tree as target/dist/trident-VERSION-x86_64-linux.tar.gz.
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
# The C API's libraries (lib/c-api: libtrident.so, libtrident.a).
c-api: setup
	$(CARGO) build --release -p trident-c-api

install: build headless headless-aarch64 c-api
	install -D -m 755 $(TRIDENT) $(PREFIX)/bin/trident
	install -D -m 755 target/release/libtrident.so $(PREFIX)/lib/libtrident.so
	install -D -m 644 target/release/libtrident.a $(PREFIX)/lib/libtrident.a
	install -D -m 644 lib/c-api/include/wasm.h $(PREFIX)/include/wasm.h
	install -D -m 644 lib/c-api/include/trident.h $(PREFIX)/include/trident.h
	mkdir -p $(PREFIX)/lib/pkgconfig
	sed 's/@VERSION@/$(VERSION)/' lib/c-api/trident.pc.in > $(PREFIX)/lib/pkgconfig/trident.pc
	install -D -m 644 target/headless/libtrident_headless.a $(PREFIX)/lib/trident/libtrident_headless.a
	install -D -m 644 target/$(A64_TARGET)/headless/libtrident_headless.a $(PREFIX)/lib/trident/$(A64_TARGET)/libtrident_headless.a
	mkdir -p $(PREFIX)/share/bash-completion/completions $(PREFIX)/share/zsh/site-functions $(PREFIX)/share/fish/vendor_completions.d
	$(TRIDENT) completions bash > $(PREFIX)/share/bash-completion/completions/trident
	$(TRIDENT) completions zsh > $(PREFIX)/share/zsh/site-functions/_trident
	$(TRIDENT) completions fish > $(PREFIX)/share/fish/vendor_completions.d/trident.fish
	$(TRIDENT) man $(PREFIX)/share/man/man1

dist:
	rm -rf target/dist/trident-$(VERSION)
	$(MAKE) install PREFIX=$(CURDIR)/target/dist/trident-$(VERSION)
	tar -C target/dist -czf target/dist/trident-$(VERSION)-x86_64-linux.tar.gz trident-$(VERSION)
	@echo "wrote target/dist/trident-$(VERSION)-x86_64-linux.tar.gz"

# The installation test (part of `make test`): install into a scratch
# prefix, move the tree elsewhere, then with Cargo off the PATH and no
# source-tree build possible, create-exe a sightglass program and run it.
install-check: setup
	sh tests/install/check.sh

# `make bench`: the numbers speed work is judged by, in one go (never in
# timed tests): the criterion benchmarks (bench/benches/engine.rs: compile
# throughput per back end and module size, host-to-wasm and wasm-to-host
# call overhead, instantiation), the sightglass programs on every back end
# side by side (`trident bench compare`, BENCH_RUNS medians), and the C
# kernels against their native builds (and Wasmtime when pip's `wasmtime`
# is installed: bench/kernels/compare.sh). Outputs land in target/bench/.
BENCH_RUNS ?= 5
bench: build kernels
	@mkdir -p target/bench
	$(CARGO) bench -p trident-bench --bench engine
	$(TRIDENT) bench compare --runs $(BENCH_RUNS) ../shared/benchmarks/sightglass/*/*.wasm | tee target/bench/sightglass.txt
	sh bench/kernels/compare.sh target/bench/kernels.csv $(BENCH_RUNS) | tee target/bench/kernels.txt

# Call overhead through the standard C API (bench/c-api/call.c): the same
# program linked against libtrident.so (each back end) and, when pip's
# `wasmtime` is installed, against the libwasmtime.so it ships.
C_API_BENCH_CALLS ?= 1000000
c-api-bench: c-api
	@mkdir -p target/bench
	cc -O2 -Ilib/c-api/include bench/c-api/call.c -o target/bench/call-trident -Ltarget/release -ltrident -Wl,-rpath,$(CURDIR)/target/release
	@for b in singlepass cranelift llvm; do echo "trident $$b: $$(TRIDENT_BACKEND=$$b target/bench/call-trident $(C_API_BENCH_CALLS) 5)"; done
	@W=$$(python3 -c 'import wasmtime, os; print(os.path.dirname(wasmtime.__file__))' 2>/dev/null) \
	  && cc -O2 -Ilib/c-api/include bench/c-api/call.c -o target/bench/call-wasmtime $$W/linux-x86_64/_libwasmtime.so -Wl,-rpath,$$W/linux-x86_64 \
	  && echo "wasmtime: $$(target/bench/call-wasmtime $(C_API_BENCH_CALLS) 5)" \
	  || echo "(pip install wasmtime to compare with Wasmtime's C API)"

# C kernels for code-speed measurements (bench/kernels: matmul, sieve,
# qsort, crc, nbody, mandel, interp, fib), each built by clang-22 -O2 for
# wasm32-wasi and natively, scalar (-fno-vectorize -fno-slp-vectorize) so
# the comparison is of code generators, not vectorizers; the native run's
# output is the expected output. bench/kernels/compare.sh OUT.csv runs
# them on every back end, natively and on Wasmtime when installed.
KERNELS := $(patsubst bench/kernels/%.c,target/kernels/%.wasm,$(wildcard bench/kernels/*.c))
KERNEL_FLAGS := -O2 -fno-vectorize -fno-slp-vectorize
kernels: setup $(KERNELS)

target/kernels/%.wasm: bench/kernels/%.c bench/kernels/common.h
	@mkdir -p target/kernels
	$(WASM_CC) --target=wasm32-wasi -Wno-deprecated $(KERNEL_FLAGS) -o $@ $< -lm
	clang-22 $(KERNEL_FLAGS) -o $@.native $< -lm
	$@.native > target/kernels/$*.stdout.expected

# The headless runtime library `trident create-exe` links executables
# against (size-optimized, LTO: a minute or two on 2 cores), built once
# here so the create-exe tests find it instead of each building it.
headless:
	$(CARGO) rustc --profile headless -p trident-headless --lib --crate-type staticlib

# The C program the WASI tests compare: built for wasm32-wasi (clang-22,
# wasi-libc) and natively; lib/cli/tests/cli/wasi_demo.rs runs both.
WASI_DEMO := target/wasi-demo
wasi-demo: $(WASI_DEMO)/wasi-demo.wasm $(WASI_DEMO)/wasi-demo-native

$(WASI_DEMO)/wasi-demo.wasm: tests/programs/wasi-demo.c
	@mkdir -p $(WASI_DEMO)
	$(WASM_CC) --target=wasm32-wasi -Wno-deprecated -O2 -o $@ $<

$(WASI_DEMO)/wasi-demo-native: tests/programs/wasi-demo.c
	@mkdir -p $(WASI_DEMO)
	cc -O2 -o $@ $<

# A C program with DWARF (-g) that traps; lib/cli/tests/cli/backtrace.rs
# checks its backtrace's source lines.
trap-lines: target/trap-lines/trap-lines.wasm

target/trap-lines/trap-lines.wasm: tests/programs/trap-lines.c
	@mkdir -p target/trap-lines
	$(WASM_CC) --target=wasm32-wasi -Wno-deprecated -O1 -g -o $@ $<

# One freestanding C kernel for wasm32 and for wasm64 (memory64);
# lib/cli/tests/cli/memory64.rs compares them.
memory64-crc: target/memory64-crc/crc-wasm32.wasm target/memory64-crc/crc-wasm64.wasm

target/memory64-crc/crc-%.wasm: tests/programs/memory64-crc.c
	@mkdir -p target/memory64-crc
	$(WASM_CC) --target=$* -O2 -nostdlib -Wl,--no-entry -o $@ $<

# Tail calls from clang (musttail mutual recursion, return_call): the
# wasm build and the native one lib/cli/tests/cli/tail_calls.rs compares.
tail-calls: target/tail-calls/tail-calls.wasm target/tail-calls/tail-calls-native

target/tail-calls/tail-calls.wasm: tests/programs/tail-calls.c
	@mkdir -p target/tail-calls
	$(WASM_CC) --target=wasm32-wasi -Wno-deprecated -O2 -mtail-call -mextended-const -o $@ $<

target/tail-calls/tail-calls-native: tests/programs/tail-calls.c
	@mkdir -p target/tail-calls
	clang-22 -O2 -o $@ $<

# Relaxed SIMD from clang (a vectorized kernel on every relaxed operator,
# -msimd128 -mrelaxed-simd) and its scalar native twin, written with the
# deterministic semantics Trident chooses (no contraction, so no fused
# multiply-add): lib/cli/tests/cli/relaxed_simd.rs compares them.
relaxed-simd: target/relaxed-simd/relaxed-simd.wasm target/relaxed-simd/relaxed-simd-native

# Deterministic against native relaxed SIMD on every back end
# (tests/bench/relaxed-native.sh: medians of RELAXED_BENCH_RUNS
# interleaved runs of RELAXED_BENCH_ROUNDS rounds).
RELAXED_BENCH_ROUNDS ?= 3000000
RELAXED_BENCH_RUNS ?= 5
relaxed-simd-bench: build relaxed-simd
	sh tests/bench/relaxed-native.sh $(TRIDENT) target/relaxed-simd/relaxed-simd.wasm $(RELAXED_BENCH_ROUNDS) $(RELAXED_BENCH_RUNS)

target/relaxed-simd/relaxed-simd.wasm: tests/programs/relaxed-simd.c
	@mkdir -p target/relaxed-simd
	$(WASM_CC) --target=wasm32-wasi -Wno-deprecated -O2 -msimd128 -mrelaxed-simd -o $@ $<

target/relaxed-simd/relaxed-simd-native: tests/programs/relaxed-simd.c
	@mkdir -p target/relaxed-simd
	clang-22 -O2 -ffp-contract=off -o $@ $<

# The SIMD program lib/cli/tests/cli/simd_demo.rs compares: one source
# (tests/programs/simd-demo.c) on wasm_simd128.h for wasm32-wasi and on
# SSE4.1 intrinsics natively.
SIMD_DEMO := target/simd-demo
simd-demo: $(SIMD_DEMO)/simd-demo.wasm $(SIMD_DEMO)/simd-demo-native

$(SIMD_DEMO)/simd-demo.wasm: tests/programs/simd-demo.c
	@mkdir -p $(SIMD_DEMO)
	$(WASM_CC) --target=wasm32-wasi -Wno-deprecated -msimd128 -O2 -o $@ $<

$(SIMD_DEMO)/simd-demo-native: tests/programs/simd-demo.c
	@mkdir -p $(SIMD_DEMO)
	cc -O2 -msse4.1 -o $@ $<

# A timing workload from the same source (20,000 rounds of the kernels,
# ~0.3 s native) with its expected output from the native build, for
# `trident bench compare target/simd-demo/bench/simd-demo-bench.wasm`
# (not part of `make test`).
SIMD_BENCH_ROUNDS := 20000
simd-demo-bench: $(SIMD_DEMO)/bench/simd-demo-bench.wasm $(SIMD_DEMO)/bench/simd-demo-bench.stdout.expected

$(SIMD_DEMO)/bench/simd-demo-bench.wasm: tests/programs/simd-demo.c
	@mkdir -p $(SIMD_DEMO)/bench
	$(WASM_CC) --target=wasm32-wasi -Wno-deprecated -msimd128 -O2 -DROUNDS=$(SIMD_BENCH_ROUNDS) -o $@ $<

$(SIMD_DEMO)/bench/simd-demo-bench.stdout.expected: tests/programs/simd-demo.c
	@mkdir -p $(SIMD_DEMO)/bench
	cc -O2 -msse4.1 -DROUNDS=$(SIMD_BENCH_ROUNDS) -o $(SIMD_DEMO)/bench/simd-demo-bench-native $<
	$(SIMD_DEMO)/bench/simd-demo-bench-native > $@

# The CLI over the whole Wasm 2.0 suite (SIMD files only for
# $(SIMD_BACKENDS)), per back end and bounds-check style; each prints
# "N passed, M failed".
# `spec`: the 2.0 suite (exactly 2.0 features) on every back end and
# bounds-check style; then the 3.0 root files that pass, under the default
# features (3.0), in the dynamic style (the static style runs in the
# integration test `spec::wasm3_root_files_fail_only_as_listed`, which
# also checks that the listed files still fail).
spec: build
	@set -e; for b in $(BACKENDS); do for s in static dynamic; do \
	  echo "== trident wast --backend $$b --bounds-checks $$s"; \
	  case " $(SIMD_BACKENDS) " in *" $$b "*) files="$$(ls $(SPEC_DIR)/*.wast)";; *) files="$$(ls $(SPEC_DIR)/*.wast | grep -v '/simd_')";; esac; \
	  $(TRIDENT) wast --features 2.0 --backend $$b --bounds-checks $$s $$files > target/wast-$$b-$$s.log || { grep -v '^ok' target/wast-$$b-$$s.log; exit 1; }; \
	  tail -n 1 target/wast-$$b-$$s.log; \
	done; done
	@set -e; for b in $(BACKENDS); do \
	  files="$$($(WASM3_FILES) $$b)"; \
	  echo "== trident wast --backend $$b --bounds-checks dynamic (wasm-3.0, $$(echo "$$files" | wc -l) files; tests/wast)"; \
	  $(TRIDENT) wast --backend $$b --bounds-checks dynamic $$files $(OWN_WAST) > target/wast3-$$b-dynamic.log || { grep -v '^ok' target/wast3-$$b-dynamic.log; exit 1; }; \
	  tail -n 1 target/wast3-$$b-dynamic.log; \
	done
	@set -e; for b in $(BACKENDS); do \
	  echo "== trident wast --backend $$b --relaxed-simd native (the $(words $(RELAXED_FILES)) relaxed SIMD files)"; \
	  $(TRIDENT) wast --backend $$b --relaxed-simd native $(RELAXED_FILES) > target/wast-relaxed-native-$$b.log || { grep -v '^ok' target/wast-relaxed-native-$$b.log; exit 1; }; \
	  tail -n 1 target/wast-relaxed-native-$$b.log; \
	done

# The SSE4.1-only proof: the SIMD spec files on an emulated Penryn
# (qemu-user; SSE4.1 but no SSE4.2, POPCNT or AVX), for every back end in
# SIMD_BACKENDS. Cranelift and singlepass read the CPU they run on (so
# singlepass takes its SSE4.1 encodings, not AVX), so this runs exactly
# the code they generate for such a machine, traps (signals) included.
# Budget: about 2 minutes per back end and bounds-check style on 2 shared
# cores (25,979 commands each), so `make test` runs the static style only;
# `make spec-sse41 SSE41_STYLES="static dynamic"` runs both.
QEMU_SSE41 := qemu-x86_64 -cpu Penryn
SSE41_STYLES ?= static

spec-sse41: build
	@set -e; for b in $(SIMD_BACKENDS); do for s in $(SSE41_STYLES); do \
	  echo "== $(QEMU_SSE41) trident wast --features 2.0 --backend $$b --bounds-checks $$s simd_*.wast"; \
	  start=$$(date +%s); \
	  $(QEMU_SSE41) $(TRIDENT) wast --features 2.0 --backend $$b --bounds-checks $$s $(SPEC_DIR)/simd_*.wast > target/wast-sse41-$$b-$$s.log || { grep -v '^ok' target/wast-sse41-$$b-$$s.log; exit 1; }; \
	  echo "$$(tail -n 1 target/wast-sse41-$$b-$$s.log) ($$(( $$(date +%s) - start )) s)"; \
	done; done
	@set -e; for b in $(SIMD_BACKENDS); do \
	  echo "== $(QEMU_SSE41) trident wast --backend $$b --relaxed-simd native (relaxed SIMD files: the SSE4.1 native forms)"; \
	  $(QEMU_SSE41) $(TRIDENT) wast --backend $$b --relaxed-simd native $(RELAXED_FILES) > target/wast-sse41-relaxed-$$b.log || { grep -v '^ok' target/wast-sse41-relaxed-$$b.log; exit 1; }; \
	  tail -n 1 target/wast-sse41-relaxed-$$b.log; \
	done

# ---------------------------------------------------------------------------
# AArch64 (issue 9): an AArch64 build of Trident (without LLVM) runs under
# qemu user-mode emulation, with only baseline ARMv8.0 features (cortex-a53:
# qemu's default CPU would advertise LSE and SVE); the x86-64 build
# cross-compiles AArch64 executables. .cargo/config.toml names the linker
# (aarch64-linux-gnu-gcc) and the qemu runner for `cargo run/test --target`.
#
# The back ends covered, as lists so that a back end is added by name:
#   A64_BACKENDS      generate code on an AArch64 host (JIT under qemu):
#                     the spec suite and `trident run` on the sightglass
#                     programs;
#   A64_EXE_BACKENDS  cross-compile from x86-64 (`create-exe --target
#                     aarch64-unknown-linux-gnu`), executables run under qemu.
# LLVM is cross-compile only (not built for AArch64; its artifacts run
# there without it). Singlepass runs the SIMD files there too (NEON): its
# dynamic-style run adds 15-30 s (25,979 commands under qemu).
#
# CI budget (measured on 2 cores shared with other builds, load 9-15; see
# README): the tests take 4-5 min; the AArch64 builds take 4 min after a
# runtime change (2.5 min CLI, 1 min headless library, 0.5 min unit
# tests), and the CLI build from nothing took 22 min at that load. The
# subset: both styles on every non-SIMD file (about 30 s each per back
# end once the whole suite runs in one process), the dynamic style on the SIMD
# files for A64_SIMD_BACKENDS, the sightglass programs whose reference time
# is under A64_SIGHTGLASS_SECONDS, on every listed back end.
# `make test-aarch64 A64_FULL=1` runs both styles on every file and every
# sightglass program.
A64_TARGET := aarch64-unknown-linux-gnu
A64_TRIDENT := target/$(A64_TARGET)/release/trident
A64_BACKENDS := cranelift singlepass
A64_EXE_BACKENDS := cranelift singlepass llvm
# Back ends whose AArch64 code also runs the SIMD files (dynamic style).
A64_SIMD_BACKENDS := cranelift singlepass
A64_QEMU := qemu-aarch64 -cpu cortex-a53 -L /usr/aarch64-linux-gnu
A64_SIGHTGLASS_SECONDS := 0.5
A64_ARTIFACT_SECONDS := 0.05
A64_FULL ?=
A64_SPEC_ALL := $(shell ls $(SPEC_DIR)/*.wast 2>/dev/null | grep -v '/simd_')
A64_SPEC_STATIC := $(A64_SPEC_ALL)
A64_SIGHTGLASS_MAX := $(if $(A64_FULL),1000,$(A64_SIGHTGLASS_SECONDS))
A64_ARTIFACT_MAX := $(if $(A64_FULL),1000,$(A64_ARTIFACT_SECONDS))
export QEMU_CPU := cortex-a53

test-aarch64: unit-aarch64 spec-aarch64 sightglass-aarch64 exe-aarch64 profile-aarch64 programs-aarch64

# The crates with AArch64-only code (signal context, cache flush, BL
# relocations, singlepass's AArch64 code generator): lint for AArch64 and
# run their tests under qemu. Singlepass's tests take ~1.5 min there (100
# differential modules instead of 500, SIMD included; the long-branch/
# large-immediate test ~30 s; the vectorized C program compiles with the
# host's clang-22 and cc); a test binary re-executes itself through
# TRIDENT_TEST_RUNNER.
unit-aarch64: setup
	$(CARGO) clippy --release --target $(A64_TARGET) -p trident-vm -p trident-artifact -p trident-singlepass --all-targets -- -D warnings
	$(CARGO) test --release --target $(A64_TARGET) -p trident-vm -p trident-artifact
	TRIDENT_TEST_RUNNER="$(A64_QEMU)" TRIDENT_DIFF_MODULES=100 $(CARGO) test --release --target $(A64_TARGET) -p trident-singlepass

# The CLI for AArch64 with every back end but LLVM (not built for AArch64).
build-aarch64: setup
	$(CARGO) build --release --target $(A64_TARGET) -p trident-cli --no-default-features --features cranelift,singlepass

# The headless runtime library for AArch64 executables, where create-exe
# on x86-64 looks for it (target/$(A64_TARGET)/headless/).
headless-aarch64: setup
	$(CARGO) rustc --profile headless --target $(A64_TARGET) -p trident-headless --lib --crate-type staticlib

spec-aarch64: build-aarch64
	@set -e; for b in $(A64_BACKENDS); do for s in dynamic static; do \
	  if [ $$s = static ]; then files="$(A64_SPEC_STATIC)"; else files="$(A64_SPEC_ALL)"; fi; \
	  echo "== qemu-aarch64: trident wast --features 2.0 --backend $$b --bounds-checks $$s ($$(echo $$files | wc -w) files)"; \
	  start=$$(date +%s); \
	  $(A64_QEMU) $(A64_TRIDENT) wast --features 2.0 --backend $$b --bounds-checks $$s $$files > target/wast-aarch64-$$b-$$s.log || { grep -v '^ok' target/wast-aarch64-$$b-$$s.log; exit 1; }; \
	  echo "$$(tail -n 1 target/wast-aarch64-$$b-$$s.log) ($$(( $$(date +%s) - start )) s)"; \
	done; done
	@set -e; for b in $(A64_SIMD_BACKENDS); do for s in dynamic $(if $(A64_FULL),static); do \
	  echo "== qemu-aarch64: trident wast --features 2.0 --backend $$b --bounds-checks $$s (SIMD files)"; \
	  start=$$(date +%s); \
	  $(A64_QEMU) $(A64_TRIDENT) wast --features 2.0 --backend $$b --bounds-checks $$s $(SPEC_DIR)/simd_*.wast > target/wast-aarch64-$$b-simd-$$s.log || { grep -v '^ok' target/wast-aarch64-$$b-simd-$$s.log; exit 1; }; \
	  echo "$$(tail -n 1 target/wast-aarch64-$$b-simd-$$s.log) ($$(( $$(date +%s) - start )) s)"; \
	done; done
	@set -e; for b in $(A64_BACKENDS); do for s in dynamic static; do \
	  files="$$($(WASM3_FILES) $$b --new)"; \
	  echo "== qemu-aarch64: trident wast --backend $$b --bounds-checks $$s (wasm-3.0: the $$(echo "$$files" | wc -l) new root files that pass; tests/wast)"; \
	  start=$$(date +%s); \
	  $(A64_QEMU) $(A64_TRIDENT) wast --backend $$b --bounds-checks $$s $$files $(OWN_WAST) > target/wast3-aarch64-$$b-$$s.log || { grep -v '^ok' target/wast3-aarch64-$$b-$$s.log; exit 1; }; \
	  echo "$$(tail -n 1 target/wast3-aarch64-$$b-$$s.log) ($$(( $$(date +%s) - start )) s)"; \
	done; done
	@set -e; for b in $(A64_BACKENDS); do \
	  echo "== qemu-aarch64: trident wast --backend $$b --relaxed-simd native (relaxed SIMD files)"; \
	  $(A64_QEMU) $(A64_TRIDENT) wast --backend $$b --relaxed-simd native $(RELAXED_FILES) > target/wast-aarch64-relaxed-$$b.log || { grep -v '^ok' target/wast-aarch64-relaxed-$$b.log; exit 1; }; \
	  tail -n 1 target/wast-aarch64-relaxed-$$b.log; \
	done

sightglass-aarch64: build-aarch64
	@set -e; for b in $(A64_BACKENDS); do \
	  QEMU="$(A64_QEMU)" A64_TRIDENT=$(A64_TRIDENT) sh tests/aarch64/sightglass.sh run $$b $(A64_SIGHTGLASS_MAX); \
	done

# Cross-compiled on x86-64: objects (create-obj: AArch64 call
# relocations only), executables (create-exe) and, for the fastest
# programs, artifacts (compile) that the AArch64 trident runs; and the
# same module compiled for AArch64 on both hosts gives identical bytes.
# Guest profiling under qemu: the epoch builtin's AArch64 assembly (stack
# walk, every register preserved) on both AArch64 back ends.
profile-aarch64: build-aarch64
	@set -e; for b in $(A64_BACKENDS); do \
	  QEMU="$(A64_QEMU)" A64_TRIDENT=$(A64_TRIDENT) sh tests/aarch64/profile.sh $$b; \
	done

# The clang-built programs on every back end (tail calls 10^7 deep,
# relaxed SIMD): under emulated `trident run` (LLVM: its cross-compiled
# artifact) and as cross-built executables, against the x86-64 native
# builds.
programs-aarch64: build build-aarch64 headless-aarch64 tail-calls relaxed-simd
	@set -e; for b in $(A64_EXE_BACKENDS); do \
	  QEMU="$(A64_QEMU)" TRIDENT=$(TRIDENT) A64_TRIDENT=$(A64_TRIDENT) sh tests/aarch64/program.sh tail-calls $$b 10000000; \
	  QEMU="$(A64_QEMU)" TRIDENT=$(TRIDENT) A64_TRIDENT=$(A64_TRIDENT) sh tests/aarch64/program.sh relaxed-simd $$b; \
	done

exe-aarch64: build build-aarch64 headless-aarch64
	@set -e; for b in $(A64_BACKENDS); do \
	  QEMU="$(A64_QEMU)" TRIDENT=$(TRIDENT) A64_TRIDENT=$(A64_TRIDENT) sh tests/aarch64/cross.sh same $$b ../shared/benchmarks/sightglass/quicksort/benchmark.wasm; \
	done
	@set -e; for b in $(A64_EXE_BACKENDS); do \
	  TRIDENT=$(TRIDENT) sh tests/aarch64/cross.sh obj $$b; \
	  QEMU="$(A64_QEMU)" TRIDENT=$(TRIDENT) sh tests/aarch64/sightglass.sh exe $$b $(A64_SIGHTGLASS_MAX); \
	  QEMU="$(A64_QEMU)" TRIDENT=$(TRIDENT) A64_TRIDENT=$(A64_TRIDENT) sh tests/aarch64/sightglass.sh artifact $$b $(A64_ARTIFACT_MAX); \
	done
