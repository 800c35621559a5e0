#!/bin/sh
# Log scanning, measured side by side in one run on a Postfix log made by
# bench/make_postfix_log.lua (>= 50 MB, real Postfix line shapes, fixed seed):
#   smtpcodes scan --format summary  vs  pflogsumm           (target >= 20x)
#   smtpcodes scan --format jsonl    vs  pflogsumm           (target >= 5x)
#   the C scanner alone (scan_bench) vs  grep -c 'status='   (target within 2x; on the 500 MB log)
#   resident memory scanning a 500 MB log                    (target < 64 MB)
# on Lua 5.4 and LuaJIT.  Installs pflogsumm when missing.  CPU seconds, best of
# RUNS (default 3) runs each.  Run from the repository root: make bench-scan
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
dir=build/bench
mkdir -p "$dir"
log=$dir/postfix-50m.log
big=$dir/postfix-500m.log
if ! command -v pflogsumm >/dev/null 2>&1; then
  echo "installing pflogsumm"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
    pflogsumm >/dev/null
fi
# made again when the generator or the real Postfix log it copies changed
for f in "$log:50" "$big:500"; do
  p=${f%:*}
  if [ ! -s "$p" ] || [ bench/make_postfix_log.lua -nt "$p" ] || [ spec/fixtures/postfix-real.log -nt "$p" ]; then
    luajit bench/make_postfix_log.lua "$p" "${f#*:}"
  fi
done
cc -std=c99 -O2 -D_POSIX_C_SOURCE=199309L -Isrc bench/scan_bench.c build/lib/libsmtpcodes.a -o build/scan_bench

# best CPU SECONDS (user + system) of RUNS runs of a command: on a shared machine the
# wall clock measures the neighbours too.  Output goes to a file, not /dev/null (GNU grep
# stops at the first match when its output is /dev/null).
best() {
  b=""
  i=0
  while [ "$i" -lt "$RUNS" ]; do
    /usr/bin/time -f "%U %S" -o "$dir/time" "$@" >"$dir/out" 2>&1 || true
    t=$(tail -n 1 "$dir/time" | awk '{ printf "%.2f", $1 + $2 }')
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
    i=$((i + 1))
  done
  echo "$b"
}

# resident kilobytes of one run
rss() {
  /usr/bin/time -f "%M" -o "$dir/time" "$@" >/dev/null 2>&1
  tail -n 1 "$dir/time"
}

ratio() { echo "scale=1; $1 / $2" | bc; }

size=$(du -m "$log" | cut -f1)
echo "log: $log ($size MB, $(grep -c 'status=' "$log") status= lines)"
pfl=$(best pflogsumm "$log")
# grep and the C scanner take hundredths of a second on the 50 MB log: compared on the 500 MB one
grep_t=$(best grep -c 'status=' "$big")
c_t=$(best build/scan_bench "$big")
echo "pflogsumm                         $pfl s"
echo "grep -c 'status=' (500 MB)        $grep_t s"
echo "C scanner alone (500 MB)          $c_t s   = $(ratio "$c_t" "$grep_t") x grep's time (target <= 2)"
for lua in lua5.4 luajit; do
  s=$(best "$lua" scripts/run.lua scan --format summary "$log")
  j=$(best "$lua" scripts/run.lua scan --format jsonl "$log")
  echo "$lua scan --format summary     $s s   = $(ratio "$pfl" "$s") x pflogsumm (target >= 20)"
  echo "$lua scan --format jsonl       $j s   = $(ratio "$pfl" "$j") x pflogsumm (target >= 5)"
done
echo "memory on $big ($(du -m "$big" | cut -f1) MB):"
for lua in lua5.4 luajit; do
  for f in summary jsonl; do
    kb=$(rss "$lua" scripts/run.lua scan --format "$f" "$big")
    echo "  $lua --format $f: $((kb / 1024)) MB resident (target < 64)"
  done
done
