# smtpcodes: build the C core for every supported Lua, test, lint, install.
# `make demo` and `make test` install missing Debian packages first (scripts/setup demo|test):
# the demo only a compiler and Lua 5.4, the suite everything it runs.

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
            src/scan.c src/scan_result.c src/scan_mail.c src/scan_log.c \
            src/mail_text.c src/mime.c src/dsn.c src/ses_json.c src/bounce_text.c \
            src/log_queue.c src/log_postfix.c src/log_exim.c src/log_sendmail.c src/scan_json.c src/scan_summary.c
HEADERS  := src/smtpcodes.h src/smtpcodes_reply.h src/smtpcodes_classify.h src/smtpcodes_scan.h \
            src/smtpcodes_visibility.h
CORE_HDR := $(HEADERS) src/chars_internal.h src/scan_internal.h src/mail_internal.h src/log_internal.h src/tokens.h $(wildcard src/data/*.def)
LUA_SRC  := src/lua_smtpcodes.c src/lua_reply.c src/lua_classify.c src/lua_scan.c src/lua_ffi.c
PREFIX   ?= /usr/local
LUA_VERSION ?= 5.4
# `make install LUA_VERSION=5.3|5.1|luajit`: the module's folder and the CLI's interpreter
ABI_5.4 := 5.4
ABI_5.3 := 5.3
ABI_5.1 := 5.1
ABI_luajit := 5.1
LUA_ABI := $(ABI_$(LUA_VERSION))
LUA_CMD := $(if $(filter luajit,$(LUA_VERSION)),luajit,lua$(LUA_VERSION))
VERSION := $(shell sed -n 's/^\#define SMTPC_VERSION "\(.*\)"/\1/p' src/smtpcodes.h)
BUILD    ?= build
FUZZ_SECONDS ?= 60

.PHONY: all build nvim setup demo test test-fast lint bench bench-scan fuzz install clean

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

setup:  ## install the Debian packages the suite needs, when missing
	sh scripts/setup test

demo:  ## the main job: explain 220 vs 551 (installs only a compiler and Lua 5.4 when missing)
	sh scripts/setup demo
	$(MAKE) -s $(BUILD)/5.4/smtpcodes/core.so
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
	lua5.4 bench/classifier_rules.lua
	lua5.4 bench/parser_chunks.lua
	$(CC) -std=c99 -O2 -Isrc bench/parse_bench.c $(BUILD)/lib/libsmtpcodes.a -o $(BUILD)/parse_bench
	$(BUILD)/parse_bench
	$(CC) -std=c99 -O2 -Isrc bench/scan_mail_bench.c $(BUILD)/lib/libsmtpcodes.a -o $(BUILD)/scan_mail_bench
	if [ -d ../shared/corpus/bounces ]; then $(BUILD)/scan_mail_bench ../shared/corpus/bounces/*.eml; fi

bench-scan: build  ## log scanning vs pflogsumm and grep, memory on a 500 MB log; bounce mails vs Sisimai
	sh bench/scan_logs.sh
	sh bench/bounces.sh

fuzz:  ## every libFuzzer harness of fuzz/ for FUZZ_SECONDS (default 60) with its corpus: executions and exec/s
	sh scripts/hardening fuzz $(FUZZ_SECONDS)

install: build  ## the Lua module and CLI for LUA_VERSION, C headers and libraries, smtpcodes.pc, man page, bash completion
	@test -n "$(LUA_ABI)" || { echo "LUA_VERSION must be 5.4, 5.3, 5.1 or luajit"; exit 2; }
	install -d $(DESTDIR)$(PREFIX)/lib/lua/$(LUA_ABI)/smtpcodes $(DESTDIR)$(PREFIX)/share/lua/$(LUA_ABI) \
	  $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 $(BUILD)/$(LUA_VERSION)/smtpcodes/core.so $(DESTDIR)$(PREFIX)/lib/lua/$(LUA_ABI)/smtpcodes/
	cp -R lua/. $(DESTDIR)$(PREFIX)/share/lua/$(LUA_ABI)/
	sed -e '1s,.*,#!/usr/bin/env $(LUA_CMD),' \
	  -e '1a\package.path = "$(PREFIX)/share/lua/$(LUA_ABI)/?.lua;" .. package.path' \
	  -e '1a\package.cpath = "$(PREFIX)/lib/lua/$(LUA_ABI)/?.so;" .. package.cpath' \
	  bin/smtpcodes > $(DESTDIR)$(PREFIX)/bin/smtpcodes
	chmod 755 $(DESTDIR)$(PREFIX)/bin/smtpcodes
	install -m 644 $(HEADERS) $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(BUILD)/lib/libsmtpcodes.a $(BUILD)/lib/libsmtpcodes.so $(DESTDIR)$(PREFIX)/lib/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' src/smtpcodes.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/smtpcodes.pc
	install -D -m 644 docs/smtpcodes.1 $(DESTDIR)$(PREFIX)/share/man/man1/smtpcodes.1
	install -D -m 644 completion/smtpcodes.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/smtpcodes

clean:
	rm -rf build
