"""The baseline most open-source resume matchers use: TF-IDF vectors and cosine similarity to the ad.

Files to ranking, as a matcher does it: list the folder, read every CV (text, JSON Resume, DOCX), vectorise
the CVs and the ad together, rank by cosine similarity. Writes the ranked file names, one per line, and prints
one JSON line with the timing to standard output.

    python tfidf_rank.py --corpus DIR --ad FILE --out ranking.txt
"""
import argparse
import json
import os
import re
import sys
import time
import zipfile

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

EXTENSIONS = {".txt", ".md", ".json", ".docx"}
TAG = re.compile(r"<[^>]+>")
PARAGRAPH = re.compile(r"</w:p>")


def strings(value):
    """Every string inside a JSON value, as resume matchers flatten JSON Resume."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def read(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode("utf-8")
        return TAG.sub(" ", PARAGRAPH.sub("\n", xml))
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8", errors="replace")
    if ext == ".json":
        try:
            return "\n".join(strings(json.loads(text)))
        except ValueError:
            return text
    return text


def ad_text(path):
    """The ad's words; for a YAML role profile, the values without the keys."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    if path.endswith((".yaml", ".yml")):
        kept = []
        for line in lines:
            line = line.strip().lstrip("- ")
            if line.startswith("#"):
                continue
            if ":" in line and re.match(r"^[A-Za-z]+:", line):
                line = line.split(":", 1)[1]
            kept.append(line)
        lines = kept
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--ad", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    start = time.perf_counter()
    names = sorted(
        name for name in os.listdir(args.corpus)
        if os.path.splitext(name)[1].lower() in EXTENSIONS and not name.lower().startswith("readme")
    )
    documents = [read(os.path.join(args.corpus, name)) for name in names]
    read_done = time.perf_counter()
    vectorizer = TfidfVectorizer(lowercase=True, strip_accents=None, sublinear_tf=True)
    matrix = vectorizer.fit_transform(documents + [ad_text(args.ad)])
    scores = cosine_similarity(matrix[len(documents)], matrix[: len(documents)]).ravel()
    order = sorted(range(len(names)), key=lambda i: (-scores[i], names[i]))
    end = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.writelines(names[i] + "\n" for i in order)
    print(json.dumps({"cvs": len(names), "seconds": end - start, "readSeconds": read_done - start}))


if __name__ == "__main__":
    sys.exit(main())
