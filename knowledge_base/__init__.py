"""Knowledge base of consumer law and cases: hybrid retrieval and grounded answers.

    from knowledge_base import search, answer, article
    search("电视机自燃了能索赔吗", k=5)        # [{"kind", "law", "article", "title", "text", "score", ...}]
    answer("电视机自燃了能索赔吗").text         # reply for the consumer, articles quoted verbatim
    article("消费者权益保护法:7").text          # resolve a law/article key

Importing this package is cheap: the index, jieba and the encoder load on first use
(call warm_up() at process start to pay that before the first question).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .answering import Answer
    from .corpus import Article

__all__ = ["search", "answer", "article", "warm_up", "Answer"]


def search(question: str, k: int = 5, kind: str | None = None, mode: str = "hybrid",
           use_guide: bool = True) -> list[dict]:
    """Best-first results; kind None/"law"/"case"; mode "bm25"/"dense"/"hybrid"."""
    from .retrieval import engine

    return engine().search(question, k=k, kind=kind, mode=mode, use_guide=use_guide)


def answer(question: str, use_guide: bool = True) -> "Answer":
    from .answering import answer as _answer

    return _answer(question, use_guide=use_guide)


def article(key: str) -> "Article | None":
    """'消费者权益保护法:7' -> the verbatim Article (law, article, text, status, note), or None."""
    from .corpus import get_article

    return get_article(key)


def warm_up() -> None:
    """Load the index, tokenizer and encoder now instead of on the first question."""
    from .retrieval import engine

    answer("电视机自燃了能索赔吗")  # index, encoder, the guide's classifier and example vectors
    engine()._torch_encoder()  # and the encoder of long questions (torch: seconds to load)


def __getattr__(name: str):
    if name == "Answer":
        from .answering import Answer

        return Answer
    raise AttributeError(name)
