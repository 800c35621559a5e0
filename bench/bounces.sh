#!/bin/sh
# Bounce mails per second, side by side in one run: `smtpcodes scan --format jsonl` (Lua 5.4 and LuaJIT) against
# Debian's Sisimai (libsisimai-perl, installed when missing), each one whole process over the same files (the
# corpus in ../shared/corpus/bounces, or the files given).  Best of RUNS (default 5) runs in CPU seconds (user +
# system, as bench/scan_logs.sh: on a shared machine the wall clock measures the neighbours too); prints mails/s
# and the ratio.  Not part of `make test`: run `make bench-scan`.
set -eu
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
if [ $# -gt 0 ]; then files="$*"; else files=$(ls ../shared/corpus/bounces/*.eml); fi
n=$(echo "$files" | wc -w)
if ! perl -MSisimai -e 1 2>/dev/null; then
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq libsisimai-perl >/dev/null
fi
list=$(mktemp)
trap 'rm -f "$list" "$list.time"' EXIT
for f in $files; do echo "$f"; done >"$list"

# cpu K COMMAND...: the CPU seconds of one run, averaged over K runs in a row (/usr/bin/time counts hundredths,
# and the corpus takes a few of them); output dropped
cpu() {
  k=$1
  shift
  /usr/bin/time -f "%U %S" -o "$list.time" sh -c 'k=$1; shift; while [ "$k" -gt 0 ]; do "$@" >/dev/null; k=$((k - 1)); done' \
    sh "$k" "$@"
  tail -n 1 "$list.time" | awk -v k="$k" '{ printf "%.4f", ($1 + $2) / k }'
}

# best NAME K COMMAND...: the smallest CPU time (user + system, the command and what it waits for) of $runs
# runs, each the average of K
best() {
  name=$1
  k=$2
  shift 2
  b=""
  i=0
  while [ $i -lt "$runs" ]; do
    t=$(cpu "$k" "$@")
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
    i=$((i + 1))
  done
  printf '%-28s %8.3f CPU s %10.0f mails/s\n' "$name" "$b" "$(echo "$n / $b" | bc -l)" >&2
  echo "$b"
}

sisimai='open(my $l, "<", $ARGV[0]) or die; my $n = 0;
  while (my $f = <$l>) { chomp $f; my $v = Sisimai->make($f, delivered => 1, vacation => 1); $n += @$v if $v }
  print "$n\n"'

echo "bounce mails: $n files" >&2
ts=$(best "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION')" 1 perl -MSisimai -e "$sisimai" "$list")
t54=$(best "smtpcodes scan (Lua 5.4)" 10 xargs -a "$list" lua5.4 scripts/run.lua scan --format jsonl)
tjit=$(best "smtpcodes scan (LuaJIT)" 10 xargs -a "$list" luajit scripts/run.lua scan --format jsonl)
printf 'ratio vs Sisimai: Lua 5.4 %.1fx, LuaJIT %.1fx (target >= 20x)\n' \
  "$(echo "$ts / $t54" | bc -l)" "$(echo "$ts / $tjit" | bc -l)"
