# Trident's two entry points (see README.md):
#   make run   - build the CLI and run the sample module on every back end
#   make test  - install what is missing, then lint and run every test
#
# Everything runs in release mode: Cranelift built without optimisation
# compiles about 20x slower.

CARGO ?= cargo
TRIDENT := target/release/trident
SPEC_DIR := ../shared/testsuite/wasm-2.0
BACKENDS := cranelift singlepass llvm
# Back ends that compile Wasm SIMD: `spec` runs the SIMD files for these
# too (a back end joins when its `Compiler::supports_simd` says true).
SIMD_BACKENDS := cranelift

.PHONY: run test setup lint unit spec build wasi-demo simd-demo headless spec-sse41

build: setup
	$(CARGO) build --release -p trident-cli

run: build
	@for b in $(BACKENDS); do \
	  echo "== $$b: fib(30)"; $(TRIDENT) run --backend $$b --invoke fib examples/fib.wat 30 || exit 1; \
	  echo "== $$b: divide(7, 0) traps:"; ! $(TRIDENT) run --backend $$b --invoke divide examples/fib.wat 7 0; \
	done

test: setup lint unit spec spec-sse41

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
	@test -d ../shared/testsuite || { echo "error: ../shared/testsuite is missing (the shared folder must sit beside the repository)"; exit 1; }

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --workspace --all-targets -- -D warnings

unit: wasi-demo simd-demo headless
	$(CARGO) test --release --workspace

# The headless runtime library `trident create-exe` links executables
# against (size-optimized, LTO: a minute or two on 2 cores), built once
# here so the create-exe tests find it instead of each building it.
headless:
	$(CARGO) rustc --profile headless -p trident-headless --lib --crate-type staticlib

# The C program the WASI tests compare: built for wasm32-wasi (clang-22,
# wasi-libc) and natively; lib/cli/tests/wasi_demo.rs runs both.
WASI_DEMO := target/wasi-demo
wasi-demo: $(WASI_DEMO)/wasi-demo.wasm $(WASI_DEMO)/wasi-demo-native

$(WASI_DEMO)/wasi-demo.wasm: tests/programs/wasi-demo.c
	@mkdir -p $(WASI_DEMO)
	clang-22 --target=wasm32-wasi -Wno-deprecated -O2 -o $@ $<

$(WASI_DEMO)/wasi-demo-native: tests/programs/wasi-demo.c
	@mkdir -p $(WASI_DEMO)
	cc -O2 -o $@ $<

# The SIMD program lib/cli/tests/simd_demo.rs compares: one source
# (tests/programs/simd-demo.c) on wasm_simd128.h for wasm32-wasi and on
# SSE4.1 intrinsics natively.
SIMD_DEMO := target/simd-demo
simd-demo: $(SIMD_DEMO)/simd-demo.wasm $(SIMD_DEMO)/simd-demo-native

$(SIMD_DEMO)/simd-demo.wasm: tests/programs/simd-demo.c
	@mkdir -p $(SIMD_DEMO)
	clang-22 --target=wasm32-wasi -Wno-deprecated -msimd128 -O2 -o $@ $<

$(SIMD_DEMO)/simd-demo-native: tests/programs/simd-demo.c
	@mkdir -p $(SIMD_DEMO)
	cc -O2 -msse4.1 -o $@ $<

# The CLI over the whole Wasm 2.0 suite (SIMD files only for
# $(SIMD_BACKENDS)), per back end and bounds-check style; each prints
# "N passed, M failed".
spec: build
	@set -e; for b in $(BACKENDS); do for s in static dynamic; do \
	  echo "== trident wast --backend $$b --bounds-checks $$s"; \
	  case " $(SIMD_BACKENDS) " in *" $$b "*) files="$$(ls $(SPEC_DIR)/*.wast)";; *) files="$$(ls $(SPEC_DIR)/*.wast | grep -v '/simd_')";; esac; \
	  $(TRIDENT) wast --backend $$b --bounds-checks $$s $$files > target/wast-$$b-$$s.log || { grep -v '^ok' target/wast-$$b-$$s.log; exit 1; }; \
	  tail -n 1 target/wast-$$b-$$s.log; \
	done; done

# The SSE4.1-only proof: the SIMD spec files with Cranelift on an emulated
# Penryn (qemu-user; SSE4.1 but no SSE4.2, POPCNT or AVX). Cranelift reads
# the CPU it runs on, so this runs exactly the code it generates for such
# a machine, traps (signals) included. About 2 minutes per bounds-check
# style on the 2-core CI machine (25,979 commands each).
QEMU_SSE41 := qemu-x86_64 -cpu Penryn
spec-sse41: build
	@set -e; for s in static dynamic; do \
	  echo "== $(QEMU_SSE41) trident wast --backend cranelift --bounds-checks $$s simd_*.wast"; \
	  $(QEMU_SSE41) $(TRIDENT) wast --backend cranelift --bounds-checks $$s $(SPEC_DIR)/simd_*.wast > target/wast-sse41-$$s.log || { grep -v '^ok' target/wast-sse41-$$s.log; exit 1; }; \
	  tail -n 1 target/wast-sse41-$$s.log; \
	done
