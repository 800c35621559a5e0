#!/bin/sh
# Bounce mails per second, side by side in one run: `smtpcodes scan --format jsonl` (Lua 5.4 and LuaJIT) against
# Debian's Sisimai (libsisimai-perl, installed when missing), each one whole process over the same files (the
# corpus in ../shared/corpus/bounces, or the files given).  Best of RUNS (default 5) wall-clock times; prints
# mails/s and the ratio.  Not part of `make test`: run `make bench-scan`.
set -eu
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
if [ $# -gt 0 ]; then files="$*"; else files=$(ls ../shared/corpus/bounces/*.eml); fi
n=$(echo "$files" | wc -w)
if ! perl -MSisimai -e 1 2>/dev/null; then
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq libsisimai-perl >/dev/null
fi
list=$(mktemp)
trap 'rm -f "$list"' EXIT
for f in $files; do echo "$f"; done >"$list"

# best NAME COMMAND...: the smallest wall-clock time of $runs runs, in seconds
best() {
  name=$1
  shift
  b=""
  i=0
  while [ $i -lt "$runs" ]; do
    t0=$(date +%s.%N)
    "$@" >/dev/null
    t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
    i=$((i + 1))
  done
  printf '%-28s %8.3f s %10.0f mails/s\n' "$name" "$b" "$(echo "$n / $b" | bc -l)" >&2
  echo "$b"
}

sisimai() {
  perl -MSisimai -e 'open(my $l, "<", $ARGV[0]) or die; my $n = 0;
    while (my $f = <$l>) { chomp $f; my $v = Sisimai->make($f, delivered => 1, vacation => 1); $n += @$v if $v }
    print "$n\n"' "$list"
}
ours() { xargs "$1" scripts/run.lua scan --format jsonl <"$list"; }

echo "bounce mails: $n files" >&2
ts=$(best "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION')" sisimai)
t54=$(best "smtpcodes scan (Lua 5.4)" ours lua5.4)
tjit=$(best "smtpcodes scan (LuaJIT)" ours luajit)
printf 'ratio vs Sisimai: Lua 5.4 %.1fx, LuaJIT %.1fx (target >= 20x)\n' \
  "$(echo "$ts / $t54" | bc -l)" "$(echo "$ts / $tjit" | bc -l)"
