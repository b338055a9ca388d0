#!/usr/bin/python3
"""The peer for NewsFrames' tokenize+count benchmark: scikit-learn's CountVectorizer on the same text.

Reads a JSON Lines file (one JSON string per line: a document's text), runs CountVectorizer().fit_transform
a few times, and prints one JSON object: megabytes (UTF-8), documents, tokens, vocabulary, the best time and every run's time.
Run with Debian's python (`/usr/bin/python3`, package python3-sklearn).
"""
import json
import sys
import time

from sklearn.feature_extraction.text import CountVectorizer


def main(path: str, repeats: int) -> None:
    with open(path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    best = float("inf")
    best_cpu = float("inf")
    times = []
    matrix = None
    vectorizer = None
    for _ in range(repeats):
        vectorizer = CountVectorizer()
        start = time.perf_counter()
        cpu_start = time.process_time()
        matrix = vectorizer.fit_transform(docs)
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        if elapsed < best:
            best = elapsed
            best_cpu = time.process_time() - cpu_start
    import sklearn
    print(json.dumps({
        "tool": "scikit-learn " + sklearn.__version__ + " CountVectorizer().fit_transform",
        "documents": len(docs),
        "megabytes": megabytes,
        "tokens": int(matrix.sum()),
        "vocabulary": len(vectorizer.vocabulary_),
        "seconds": best,
        "mb_per_second": megabytes / best,
        "cpu_seconds": best_cpu,
        "times": times,
    }))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
