"""Which texts the pipeline scores, and how their scores combine."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nlp.model_scoring import FLAT, SEGMENTS, WHOLE, pieces, raw_scores, training_text
from nlp.types import RIGHTS


@dataclass
class _Doc:
    cats: dict[str, float]


class _KeywordPipeline:
    """Scores 0.9 for a right whose name occurs in the text, else 0.1."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def pipe(self, texts: Iterable[str], batch_size: int = 1) -> Iterator[_Doc]:
        for text in texts:
            self.seen.append(text)
            yield _Doc({r: 0.9 if r in text else 0.1 for r in RIGHTS})


def test_segments_scheme_scores_the_whole_then_each_sentence() -> None:
    text = "Hello there, I am a customer. I want access to my files. Also erasure please now."
    assert pieces("", text, SEGMENTS) == [
        "hello there, i am a customer. i want access to my files. also erasure please now.",
        "hello there, i am a customer.",
        "i want access to my files.",
        "also erasure please now.",
    ]
    assert pieces("", text, WHOLE) == [pieces("", text, SEGMENTS)[0]]


def test_flat_scheme_gives_the_model_no_line_breaks_to_count() -> None:
    # spaCy makes each whitespace run a token: v3 learnt "many paragraphs"
    # as a sign of an access request
    text = "Dear team,\n\nPlease erase my account.\nI left in May.\n\nRegards,\nAnn"
    whole, *sentences = pieces("Erasure", text, FLAT)
    assert whole == "erasure dear team, please erase my account. i left in may. regards, ann"
    assert sentences == pieces("Erasure", text, SEGMENTS)[1:]
    assert "\n" in pieces("Erasure", text, SEGMENTS)[0]
    assert training_text("Erasure", text, FLAT) == whole


def test_a_right_keeps_its_best_score_over_the_pieces_of_its_own_message() -> None:
    pipeline = _KeywordPipeline()
    first = ["a long letter", "nothing here", "the access part"]
    second = ["erasure"]
    scores = raw_scores(pipeline, [first, second])
    assert pipeline.seen == [*first, *second]  # one batch, in order
    assert scores[0]["access"] == 0.9 and scores[0]["erasure"] == 0.1
    assert scores[1]["erasure"] == 0.9 and scores[1]["access"] == 0.1
