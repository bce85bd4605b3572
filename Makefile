# dyad: the two commands a newcomer needs are `make demo` and `make test`.
# Everything else wraps CMake so that one build directory per flavour is kept.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all web deps configure demo test asan bench clean format

all: $(BUILD)/Makefile web
	cmake --build $(BUILD) -j $(JOBS)

# The dashboard's libraries (web/vendor/), from npm; a no-op when up to date or without npm.
web:
	bash scripts/vendor-web.sh

$(BUILD)/Makefile:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

deps:
	bash scripts/install-deps.sh
	bash scripts/vendor-web.sh

demo: deps all
	bash scripts/demo.sh $(BUILD)/dyad

test: deps all
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON -DDYAD_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

bench: deps all
	bash scripts/run-bench.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'bench/*.cc' 'fuzz/*.cc' 'tests/*.cc')
