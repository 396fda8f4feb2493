#!/usr/bin/env bash
# End-to-end throughput of `newsextract extract` on a generated JSONL dump (see BENCHMARKS.md).
#
#   scripts/bench-e2e.sh                 # 200 MB of article text, --threads 1 and 2, startup time
#   scripts/bench-e2e.sh 1000 2          # 1 GB, --threads 2 only (the peak-RSS check)
#   scripts/bench-e2e.sh 200 "1 2" --layers money,contracts   # extra arguments go to extract
#
# Builds the release binary and the dump generator (examples/gen_dump.rs: the repository's
# corpus/ and eval/gold/*.jsonl repeated), writes the dump to a temporary directory (removed at
# the end, never committed), and runs `newsextract extract --threads N dump.jsonl > /dev/null`
# under /usr/bin/time -v for each N. Reports, per run: wall time and MB/s of article text
# (10^6 bytes), user+system CPU time and the MB/s per CPU-second (steadier than wall time on a
# busy machine), and peak RSS. Then the startup time on a one-article input (hyperfine when
# installed, else a loop of 50 runs). Honours CARGO_TARGET_DIR (e.g. a build with line tables
# for `perf record --call-graph dwarf`, see BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

size_mb=${1:-200}
threads=${2:-"1 2"}
shift $(( $# > 2 ? 2 : $# ))
extra=("$@")

[ -x /usr/bin/time ] || { echo "bench-e2e: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet --locked --bin newsextract --example gen_dump
out_dir=${CARGO_TARGET_DIR:-target}/release
bin=$out_dir/newsextract

work=$(mktemp -d "${TMPDIR:-/tmp}/newsextract-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
dump=$work/dump.jsonl
"$out_dir/examples/gen_dump" "$size_mb" "$dump" 2> "$work/gen.log"
cat "$work/gen.log"
text_bytes=$(sed -n 's/.* \([0-9]*\) bytes of text.*/\1/p' "$work/gen.log")

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %10s %10s %12s %12s %12s\n' threads wall_s MB/s cpu_s MB/cpu_s peak_RSS_MB
for n in $threads; do
    /usr/bin/time -v -o "$work/time.$n" "$bin" extract --threads "$n" "${extra[@]}" "$dump" \
        > /dev/null 2> "$work/stderr.$n" || {
        status=$?
        # 2 = some articles became error records: still a complete run.
        [ "$status" -eq 2 ] || { cat "$work/stderr.$n" >&2; exit "$status"; }
    }
    awk -v n="$n" -v bytes="$text_bytes" '
        /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
        /User time/ { user = $NF } /System time/ { sys = $NF }
        /Maximum resident set size/ { rss = $NF / 1024 }
        END { cpu = user + sys; printf "%-8s %10.2f %10.2f %12.2f %12.2f %12.1f\n", n, wall, bytes / 1e6 / wall, cpu, bytes / 1e6 / cpu, rss }
    ' "$work/time.$n"
    grep -h "records written" "$work/stderr.$n" | sed 's/^/    /'
done

# Startup: one short article, end to end (process start, pipeline build, regex compilation).
one=corpus/seed-bloomberg-ice-cloud.txt
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 3 --runs 50 --shell=none --style basic \
        "$bin extract --quiet --threads 1 $one" 2>&1 | sed -n '/Time/,/Range/p'
else
    start=$(date +%s%N)
    for _ in $(seq 50); do "$bin" extract --quiet --threads 1 "$one" > /dev/null; done
    echo "startup (one article, mean of 50 runs): $(( ($(date +%s%N) - start) / 50000000 )) ms"
fi
