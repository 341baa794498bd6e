#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (a package of its own, never part of the main build or
# CI) and runs each for a bounded time or number of runs.
#
#   scripts/fuzz.sh SECONDS [RUNS] [TARGET…]
#
# SECONDS bounds each target's run (-max_total_time); RUNS, when given, stops a target after
# that many executions (-runs). Targets: FuzzText FuzzTMX FuzzXLIFF FuzzTEI FuzzXML (all by
# default). Seeds come from Fuzz/Seeds/<kind>; the evolving corpus is kept in
# Fuzz/.build/corpus/<target> and crashes are written to Fuzz/.build/crashes/<target>/. The
# script exits non-zero when any target crashes.
set -euo pipefail

seconds=${1:?usage: scripts/fuzz.sh SECONDS [RUNS] [TARGET…]}
runs=${2:-0}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzText FuzzTMX FuzzXLIFF FuzzTEI FuzzXML)

root=$(cd "$(dirname "$0")/.." && pwd)
fuzz="$root/Fuzz"
# -sanitize=fuzzer on every module (not only the targets) so libFuzzer sees the readers' coverage.
swift build --package-path "$fuzz" --scratch-path "$fuzz/.build" -c release \
  -Xswiftc -sanitize=fuzzer

seeds_for() {
  case "$1" in
    FuzzText) echo text ;; FuzzTMX) echo tmx ;; FuzzXLIFF) echo xliff ;; FuzzTEI) echo tei ;;
    FuzzXML) echo xml ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  corpus="$fuzz/.build/corpus/$target"
  crashes="$fuzz/.build/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  echo "== $target: up to ${seconds}s${runs:+, $runs runs}"
  arguments=(-max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048
    -artifact_prefix="$crashes/" -print_final_stats=1)
  [ "$runs" != 0 ] && arguments+=(-runs="$runs")
  if ! "$fuzz/.build/release/$target" "${arguments[@]}" "$corpus" \
    "$fuzz/Seeds/$(seeds_for "$target")" 2>"$fuzz/.build/$target.log"; then
    status=1
    echo "   CRASH: see $fuzz/.build/$target.log and $crashes"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" \
    "$fuzz/.build/$target.log" | sed 's/^/   /'
done
exit $status
