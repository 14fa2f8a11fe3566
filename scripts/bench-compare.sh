#!/bin/sh
# Passform against the TF-IDF cosine baseline on the same synthetic corpus and the same ad.
#
#   scripts/bench-compare.sh [COUNT] [SEED] [FORMATS]      (defaults: 20000 1 txt,json,docx)
#
# Generates a corpus (passform bench generate), lists who is truly qualified for the role profile
# ekonomiassistent-2 (passform bench truth: the engine on each person's true facts), then times files-to-ranking
# for both, as whole commands: `passform screen --profile ekonomiassistent-2 DIR` (release build) and the baseline
# (Benchmarks/baseline/tfidf_rank.py, scikit-learn, installed by Benchmarks/baseline/setup.sh), on all cores and with
# both pinned to one core. Reports both speeds, their ratio, and both rankings' precision@10, NDCG@10 and R-precision
# for "qualified" against the ground truth.
set -eu
count=${1:-20000}
seed=${2:-1}
formats=${3:-txt,json,docx}
profile=ekonomiassistent-2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work="$root/.build-baseline/compare-$count-$seed"
python="$root/.build-baseline/venv/bin/python"

[ -x "$python" ] || Benchmarks/baseline/setup.sh
swift build -c release --product passform >/dev/null
passform="$root/.build/release/passform"

rm -rf "$work"
mkdir -p "$work"
"$passform" bench generate --count "$count" --seed "$seed" --formats "$formats" --out "$work/corpus"
"$passform" bench truth --corpus "$work/corpus" --profile "$profile" >"$work/truth.tsv"

# Both are timed the same way: the whole command from outside, as a user waits for it (process start, and for
# the baseline Python's start and scikit-learn's import), the median of RUNS runs (default 3). The baseline also
# reports its own time from listing the folder to the sorted list, without its start; that is printed too.
runs=${RUNS:-3}
wall() {  # runs the command; prints its standard output, then "WALL seconds"
    "$python" -c '
import subprocess, sys, time
start = time.perf_counter()
result = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)
end = time.perf_counter()
if result.returncode != 0:
    sys.exit(result.returncode)
sys.stdout.buffer.write(result.stdout)
print(f"\nWALL {end - start}")
' "$@"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Each round times Passform and the baseline one after the other, so that both see the same minute of a machine whose
# speed drifts. Two settings: every core the machine has (Passform's `screen` uses them; the baseline uses one), and
# both pinned to the first core with `taskset -c 0` (the issue's "one core"), when taskset is there.
rounds() {  # rounds SETTING [PREFIX...]: RUNS rounds, times in $work/SETTING.{passform,tfidf,inside}
    setting=$1
    shift
    : >"$work/$setting.passform"
    : >"$work/$setting.tfidf"
    : >"$work/$setting.inside"
    i=0
    while [ "$i" -lt "$runs" ]; do
        # Passform: files to ranking, as a user runs it (the CSV lists candidates best first).
        wall "$@" "$passform" screen --profile "$profile" "$work/corpus" --as-of 2026-11-01 --format csv \
            -o "$work/passform.csv" | sed -n 's/^WALL //p' >>"$work/$setting.passform"
        # The baseline: files to ranking with TF-IDF cosine.
        out=$(wall "$@" "$python" Benchmarks/baseline/tfidf_rank.py --corpus "$work/corpus" --ad "Profiles/$profile.yaml" \
            --out "$work/tfidf-ranking.txt")
        echo "$out" | sed -n 's/^WALL //p' >>"$work/$setting.tfidf"
        echo "$out" | grep '^{' | "$python" -c "import json,sys; print(json.load(sys.stdin)['seconds'])" \
            >>"$work/$setting.inside"
        i=$((i + 1))
    done
    echo "$setting $(median <"$work/$setting.passform") $(median <"$work/$setting.tfidf") $(median <"$work/$setting.inside")" \
        >>"$work/settings"
}

sync
: >"$work/settings"
rounds "all-cores"
if command -v taskset >/dev/null 2>&1; then
    rounds "one-core" taskset -c 0
fi
"$python" - "$work/passform.csv" "$work/passform-ranking.txt" <<'PY'
import csv, re, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
with open(sys.argv[2], "w") as out:
    for row in rows[1:]:
        match = re.search(r"\(([^()]+)\)\s*$", row[1])
        out.write((match.group(1) if match else row[1]) + "\n")
PY

"$python" Benchmarks/baseline/evaluate.py --truth "$work/truth.tsv" --k 10 \
    "passform=$work/passform-ranking.txt" "tfidf=$work/tfidf-ranking.txt" >"$work/quality.jsonl"
"$python" - "$count" "$work/settings" "$work/quality.jsonl" "$runs" "$(nproc)" <<'PY'
import json, sys
count, settings, quality_file, runs, cores = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
quality = {q["ranking"]: q for q in map(json.loads, open(quality_file))}
print(f"corpus: {count} CVs, {quality['passform']['qualified']} truly qualified for ekonomiassistent-2")
print(f"{'':10} {'P@10':>6} {'NDCG@10':>8} {'R-prec':>7}")
for name in ("passform", "tfidf"):
    r = quality[name]
    print(f"{name:10} {r['precision']:6.2f} {r['ndcg']:8.3f} {r['rprecision']:7.3f}")
print(f"files to ranking, whole commands timed from outside, median of {runs} runs (seconds, CVs/s):")
labels = {"all-cores": f"all {cores} cores", "one-core": "one core (taskset -c 0)"}
for line in open(settings):
    setting, p, t, inside = line.split()
    p, t, inside = float(p), float(t), float(inside)
    print(f"  {labels[setting]:24} passform {p:5.2f} ({count / p:6.0f})   tfidf {t:5.2f} ({count / t:6.0f})"
          f"   ratio {t / p:.2f}x   tfidf inside Python {inside:.2f} s, ratio {inside / p:.2f}x")
PY
