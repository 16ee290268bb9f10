"""The real-question labels (and the public-style sets' labels, in the same format): real
articles, well-formed, a fixed split, and no question text."""
import json
import random
from pathlib import Path

import pytest

from knowledge_base.corpus import load_corpus
from knowledge_base.evaluation import REAL_LABELS, field_of, load_real_labels
from knowledge_base.settings import _path

QUESTIONS = _path("KB_REAL_QUESTIONS", "../shared/real-questions/dev.jsonl")
# every label file in this format: the real questions' (both draws) and each public-style set's
LABEL_FILES = [REAL_LABELS, *sorted(Path(REAL_LABELS).parent.glob("real?*_labels.jsonl")),
               *sorted(Path(REAL_LABELS).parent.glob("public_style*_labels.jsonl"))]


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: Path(p).name)
def test_every_labelled_article_exists_in_the_corpus(path):
    keys = {a.key for a in load_corpus().articles}
    for row in load_real_labels(path):
        for key in [k for group in row["must"] for k in group] + row["acceptable"]:
            assert key in keys, f"{row['id']}: {key} is not an article of the sources"


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: Path(p).name)
def test_labels_are_well_formed(path):
    rows = load_real_labels(path)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["perspective"] in ("consumer", "merchant")
        assert isinstance(r["fields"], list) and r["fields"], r["id"]
        flat = [k for g in r["must"] for k in g]
        assert not set(flat) & set(r["acceptable"]), r["id"]
        assert r["answerable"] == bool(flat), r["id"]  # unanswerable: no must, decline
        for key in flat + r["acceptable"]:  # a labelled article is never "unrelated"
            assert field_of(key) in (None, *r["fields"]), f"{r['id']}: {key}"


@pytest.mark.skipif(not QUESTIONS.exists(), reason="real questions not present")
def test_split_is_the_fixed_draw_and_texts_stay_outside():
    questions = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    ids = [q["id"] for q in questions]
    tune = set(random.Random(17).sample(ids, round(0.4 * len(ids))))
    rows = load_real_labels()
    assert {r["id"] for r in rows} <= set(ids)
    for r in rows:
        assert (r["split"] == "tune") == (r["id"] in tune), r["id"]
    stored = REAL_LABELS.read_text(encoding="utf-8")
    for q in questions:  # no run of 12 characters of a question is kept in the labels
        text = q["text"]
        for i in range(0, max(1, len(text) - 12)):
            assert text[i:i + 12] not in stored, q["id"]
