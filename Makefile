# smtpcodes: build the C core for every supported Lua, test, lint, install.
# `make test` and `make demo` install missing Debian packages first (scripts/setup).

CC      ?= cc
CFLAGS  ?= -O2
WARN    := -std=c99 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes \
           -Wstrict-prototypes -Werror
PIC     := -fPIC -fvisibility=hidden
LUAS    := 5.4 5.3 5.1 luajit
INC_5.4    := /usr/include/lua5.4
INC_5.3    := /usr/include/lua5.3
INC_5.1    := /usr/include/lua5.1
INC_luajit := /usr/include/luajit-2.1

CORE_SRC := src/tables.c src/names.c src/code.c src/compare.c \
            src/reply_parse.c src/reply_enhanced.c src/reply_extract.c \
            src/classify.c src/providers.c \
            src/scan.c src/scan_result.c src/scan_mail.c src/scan_log.c
CORE_HDR := src/smtpcodes.h src/smtpcodes_reply.h src/smtpcodes_classify.h src/smtpcodes_scan.h src/scan_internal.h src/tokens.h $(wildcard src/data/*.def)
LUA_SRC  := src/lua_smtpcodes.c src/lua_reply.c src/lua_classify.c src/lua_scan.c
PREFIX   ?= /usr/local
LUA_VERSION ?= 5.4
BUILD    ?= build
FUZZ_SECONDS ?= 60

.PHONY: all build nvim setup demo test test-fast lint bench fuzz install clean

all: build

build: $(foreach v,$(LUAS),$(BUILD)/$(v)/smtpcodes/core.so) $(BUILD)/lib/libsmtpcodes.a $(BUILD)/lib/libsmtpcodes.so  ## every Lua's module and the plain C libraries

$(BUILD)/%/smtpcodes/core.so: $(CORE_SRC) $(LUA_SRC) $(CORE_HDR) src/compat.h src/lua_binding.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(PIC) -I$(INC_$*) -shared -o $@ $(CORE_SRC) $(LUA_SRC)

$(BUILD)/lib/libsmtpcodes.a: $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(BUILD)/lib/obj
	for f in $(CORE_SRC); do $(CC) $(CFLAGS) $(WARN) -fPIC -c $$f -o $(BUILD)/lib/obj/$$(basename $$f .c).o || exit 1; done
	ar rcs $@ $(BUILD)/lib/obj/*.o

$(BUILD)/lib/libsmtpcodes.so: $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(BUILD)/lib
	$(CC) $(CFLAGS) $(WARN) -fPIC -shared -o $@ $(CORE_SRC)

nvim: $(BUILD)/luajit/smtpcodes/core.so  ## only what Neovim needs: the LuaJIT module

setup:  ## install the Debian packages the project needs, when missing
	sh scripts/setup

demo: setup build  ## the main job: explain 220 vs 551
	lua5.4 scripts/run.lua 220 551

test: setup  ## the whole suite on every supported Lua, with gcc and clang builds
	sh scripts/test

lint:  ## static checks of the Lua sources
	luacheck lua bin spec bench scripts/*.lua

bench: build  ## benchmarks, figures for the README
	lua5.4 bench/lookup.lua
	luajit bench/lookup.lua
	lua5.4 bench/replies.lua
	luajit bench/replies.lua
	$(CC) -std=c99 -O2 -Isrc bench/parse_bench.c $(BUILD)/lib/libsmtpcodes.a -o $(BUILD)/parse_bench
	$(BUILD)/parse_bench

fuzz:  ## every libFuzzer harness of fuzz/ for FUZZ_SECONDS (default 60) with its corpus: executions and exec/s
	sh scripts/hardening fuzz $(FUZZ_SECONDS)

install: build  ## install the Lua 5.4 module, the CLI and the C library under PREFIX
	install -d $(DESTDIR)$(PREFIX)/lib/lua/$(LUA_VERSION)/smtpcodes $(DESTDIR)$(PREFIX)/share/lua/$(LUA_VERSION)/smtpcodes
	install -m 644 build/$(LUA_VERSION)/smtpcodes/core.so $(DESTDIR)$(PREFIX)/lib/lua/$(LUA_VERSION)/smtpcodes/
	cp -R lua/. $(DESTDIR)$(PREFIX)/share/lua/$(LUA_VERSION)/
	install -D -m 755 bin/smtpcodes $(DESTDIR)$(PREFIX)/bin/smtpcodes
	install -D -m 644 src/smtpcodes.h $(DESTDIR)$(PREFIX)/include/smtpcodes.h
	install -D -m 644 build/lib/libsmtpcodes.a $(DESTDIR)$(PREFIX)/lib/libsmtpcodes.a

clean:
	rm -rf build
