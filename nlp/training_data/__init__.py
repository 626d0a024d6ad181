"""Synthetic, project-written training data for the trained classifier.

Nothing here comes from ``shared/eval/``: every phrase was written for this
project, in seven languages, and :mod:`nlp.training_data.generator` combines
them with noise (typos, SMS style, rambling mails, reply chains).
"""

from nlp.training_data.generator import Example, generate_examples

__all__ = ["Example", "generate_examples"]
