"""Benchmark of the request classifier: ``make bench-nlp`` (``python -m bench.bench_nlp``).

One run measures, side by side:

* quality on the external evaluation set (measured only: nothing here
  trains or tunes on it) of the promoted spaCy model, the rule baseline and
  a TF-IDF + logistic-regression baseline trained on the same generated
  data as the spaCy model;
* language identification: lingua against the profile detector
  (:mod:`nlp.language`), on generated held-out text and on the set's ``lang``;
* speed of the promoted model on one core: model load time, throughput and
  p95 latency on 150-word messages, peak resident memory.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from pathlib import Path

from app.nlp_evaluate import DEFAULT_EVAL_DATA
from bench.tfidf_baseline import TfidfBaseline
from nlp.baseline import RuleBasedClassifier
from nlp.evaluation import EvalRecord, evaluate, load_records
from nlp.language import detect_language
from nlp.language_id import MODEL_LANGUAGES, identify_language
from nlp.trained import load_promoted_classifier
from nlp.training_data import Example, generate_examples
from nlp.types import Classifier

WORDS = 150


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _messages(count: int) -> list[tuple[str, str]]:
    """Generated messages padded to about 150 words (request buried in the middle).

    Each message is padded with text of its own language: a real 150-word
    message is written in one language. (Before v3 the padding came from the
    next examples whatever their language, so about a quarter of the messages
    mixed languages and sent the detector to lingua, ~4 ms each.)
    """
    pool = generate_examples(count * 4, seed=99, part="heldout")
    by_language: dict[str, list[Example]] = {}
    for example in pool:
        by_language.setdefault(example.lang, []).append(example)
    messages = []
    for index in range(count):
        first = pool[index % len(pool)]
        same = by_language[first.lang]
        start = same.index(first)
        words: list[str] = []
        for k in range(4):
            words += same[(start + k) % len(same)].text.split()
        messages.append((first.subject, " ".join(words[:WORDS])))
    return messages


def speed(classifier: Classifier, count: int = 600) -> dict[str, float]:
    """Throughput and latency over ``count`` 150-word messages."""
    messages = _messages(count)
    latencies = []
    start = time.perf_counter()
    for subject, text in messages:
        t0 = time.perf_counter()
        classifier.classify(subject=subject, text=text)
        latencies.append(time.perf_counter() - t0)
    total = time.perf_counter() - start
    latencies.sort()
    return {
        "msg_per_s": count / total,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(0.95 * len(latencies))] * 1000,
    }


def languages(records: list[EvalRecord]) -> None:
    """Accuracy of both detectors (any code outside the seven is right for such a text)."""
    seven = set(MODEL_LANGUAGES)
    generated = [(e.subject + "\n" + e.text, e.lang) for e in generate_examples(2000, seed=5)]
    external = [(r.subject + "\n" + r.text, r.lang) for r in records]
    for name, items in (("generated", generated), ("external", external)):
        for detector, guess in (("lingua", identify_language),
                                ("profiles", lambda t: detect_language(t).code)):  # fmt: skip
            right = 0
            for text, lang in items:
                found = guess(text)
                right += found == lang or (lang not in seven and found not in seven)
            print(f"language {name:<10} {detector:<9} accuracy {right / len(items):.3f}")


def main() -> None:
    """Run everything and print one report."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_EVAL_DATA
    t0 = time.perf_counter()
    model = load_promoted_classifier()
    if model is None:
        raise SystemExit("no promoted model: run `guichet nlp train` and `guichet nlp promote`")
    model.load()
    identify_language("warm up the detector")
    load_s = time.perf_counter() - t0
    measured = speed(model)
    rss = _rss_mb()
    print(
        f"model {model.model}: load {load_s:.2f} s, {measured['msg_per_s']:.0f} msg/s, "
        f"p50 {measured['p50_ms']:.1f} ms, p95 {measured['p95_ms']:.1f} ms, RSS {rss:.0f} MB"
    )
    records = load_records(data)
    contenders: list[tuple[str, Classifier]] = [
        ("spacy", model), ("rules", RuleBasedClassifier()), ("tfidf+logreg", TfidfBaseline.train()),
    ]  # fmt: skip
    print(
        f"{'classifier':<14}{'scope':<9}{'n':>5}{'exact':>8}{'macroF1':>9}{'missed':>8}{'review':>8}"
    )
    for name, classifier in contenders:
        for scope, prefix in (("all", ""), ("amaury", "amaury-")):
            chosen = [r for r in records if r.id.startswith(prefix)]
            o = evaluate(classifier, chosen).overall
            print(f"{name:<14}{scope:<9}{o.count:>5}{o.exact_match:>8.3f}{o.macro_f1:>9.3f}"
                  f"{o.missed_requests:>8}{o.review_rate:>8.1%}")  # fmt: skip
    languages(records)


if __name__ == "__main__":
    main()
