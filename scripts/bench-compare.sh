#!/bin/sh
# Passform against the TF-IDF cosine baseline on the same synthetic corpus and the same ad.
#
#   scripts/bench-compare.sh [COUNT] [SEED] [FORMATS]      (defaults: 20000 1 txt,json,docx)
#
# Generates a corpus (passform bench generate), lists who is truly qualified for the role profile
# ekonomiassistent-2 (passform bench truth: the engine on each person's true facts), then times files-to-ranking
# for both: `passform screen --profile ekonomiassistent-2 DIR` (release build) and the baseline
# (Benchmarks/baseline/tfidf_rank.py, scikit-learn, installed by Benchmarks/baseline/setup.sh). Reports both
# speeds, their ratio, and both rankings' precision@10, NDCG@10 and R-precision for "qualified" against the ground truth.
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

now() { "$python" -c 'import time; print(time.perf_counter())'; }

# Passform: files to ranking, as a user runs it (the CSV lists candidates best first).
sync
start=$(now)
"$passform" screen --profile "$profile" "$work/corpus" --as-of 2026-11-01 --format csv -o "$work/passform.csv"
end=$(now)
passform_seconds=$("$python" -c "print($end - $start)")
"$python" - "$work/passform.csv" "$work/passform-ranking.txt" <<'PY'
import csv, re, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
with open(sys.argv[2], "w") as out:
    for row in rows[1:]:
        match = re.search(r"\(([^()]+)\)\s*$", row[1])
        out.write((match.group(1) if match else row[1]) + "\n")
PY

# The baseline: files to ranking with TF-IDF cosine (timed inside, from listing the folder to the sorted list).
tfidf=$("$python" Benchmarks/baseline/tfidf_rank.py --corpus "$work/corpus" --ad "Profiles/$profile.yaml" --out "$work/tfidf-ranking.txt")
tfidf_seconds=$("$python" -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$tfidf")

"$python" Benchmarks/baseline/evaluate.py --truth "$work/truth.tsv" --k 10 \
    "passform=$work/passform-ranking.txt" "tfidf=$work/tfidf-ranking.txt" >"$work/quality.jsonl"
"$python" - "$count" "$passform_seconds" "$tfidf_seconds" "$work/quality.jsonl" <<'PY'
import json, sys
count, p, t = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
quality = {q["ranking"]: q for q in map(json.loads, open(sys.argv[4]))}
q = quality["passform"]
print(f"corpus: {count} CVs, {q['qualified']} truly qualified for ekonomiassistent-2")
print(f"{'':10} {'seconds':>8} {'CVs/s':>8} {'P@10':>6} {'NDCG@10':>8} {'R-prec':>7}")
for name, seconds in (("passform", p), ("tfidf", t)):
    r = quality[name]
    print(f"{name:10} {seconds:8.2f} {count / seconds:8.0f} {r['precision']:6.2f} {r['ndcg']:8.3f} {r['rprecision']:7.3f}")
print(f"speed ratio (TF-IDF time / passform time): {t / p:.1f}x")
PY
