"""Precision@k, NDCG@k and R-precision of rankings against the corpus's ground truth.

R-precision is the precision of the first R names, R being how many are truly qualified: the share of the truly
qualified a reader finds by going down the list as far as there are qualified people. Unlike precision@10 it
measures recall too (a ranking that loses qualified people drops).

The truth file is `passform bench truth` output: `file<TAB>verdict` per CV, the verdict of the person's *true*
facts. Relevance is binary: 1 for `qualified`. Prints one JSON line per ranking.

    python evaluate.py --truth truth.tsv --k 10 passform=ranking-a.txt tfidf=ranking-b.txt
"""
import argparse
import json
import math


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--truth", required=True)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("rankings", nargs="+", help="name=file")
    args = parser.parse_args()

    relevant = set()
    total = 0
    with open(args.truth, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            name, verdict = line.rstrip("\n").split("\t")
            total += 1
            if verdict == "qualified":
                relevant.add(name)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(args.k, len(relevant))))
    for spec in args.rankings:
        label, path = spec.split("=", 1)
        with open(path, encoding="utf-8") as handle:
            everyone = [line.strip() for line in handle if line.strip()]
        ranked = everyone[: args.k]
        hits = [1 if name in relevant else 0 for name in ranked]
        found = sum(1 for name in everyone[: len(relevant)] if name in relevant)
        dcg = sum(hit / math.log2(i + 2) for i, hit in enumerate(hits))
        print(json.dumps({
            "ranking": label, "k": args.k, "qualified": len(relevant), "cvs": total,
            "precision": sum(hits) / args.k, "ndcg": dcg / ideal if ideal else 0.0,
            "rprecision": found / len(relevant) if relevant else 0.0,
        }))


if __name__ == "__main__":
    main()
