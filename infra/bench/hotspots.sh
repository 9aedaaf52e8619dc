#!/usr/bin/env bash
# Prints where a Java Flight Recording spent its CPU samples: the methods most often on top of the
# stack (self) and most often anywhere in it (total), the JDK's own `jfr` tool doing the reading.
#
#   infra/bench/hotspots.sh recording.jfr [how many, 25]
set -euo pipefail
file=$1 top=${2:-25}
jfr print --events jdk.ExecutionSample --stack-depth 96 "$file" | awk -v top="$top" '
  /stackTrace = \[/ { inside = 1; depth = 0; delete seen; samples++; next }
  inside && /^[[:space:]]*\]/ { inside = 0; next }
  inside {
    frame = $0
    sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*$/, "", frame); sub(/\(.*$/, "", frame)
    if (frame == "...") next
    if (depth++ == 0) self[frame]++
    if (!(frame in seen)) { seen[frame] = 1; total[frame]++ }
  }
  END {
    printf "%d samples\n\nself%%  method\n", samples
    n = 0; PROCINFO["sorted_in"] = "@val_num_desc"
    for (f in self) { if (n++ >= top) break; printf "%5.1f  %s\n", 100 * self[f] / samples, f }
    printf "\ntotal%% method\n"
    n = 0
    for (f in total) { if (n++ >= top) break; printf "%5.1f  %s\n", 100 * total[f] / samples, f }
  }'
