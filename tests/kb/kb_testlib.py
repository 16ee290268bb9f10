"""Helpers the knowledge-base tests share."""


def keys(reply):
    """The article keys an answer quotes, in order ("消费者权益保护法:55")."""
    return [c["key"] for c in reply.citations]


def declined_to(question: str, *words: str) -> None:
    """The question is declined as outside consumer disputes: no article quoted, said
    plainly, with where to turn (one of `words` in the reply) and a person offered."""
    from knowledge_base import answer

    reply = answer(question)
    assert not reply.confident and not reply.citations, (question, reply.dispute_type)
    assert "消费纠纷" in reply.text and "无法准确解答" in reply.text, (question, reply.text[:80])
    assert any(w in reply.text for w in words), (question, words, reply.text[:160])
    assert "人工" in reply.text, (question, reply.text[-80:])


def facet_ids(question: str) -> list[str]:
    """The ids of the general issues (data/facets.yaml) found in the question."""
    from knowledge_base.answering import facets_of

    return [f.id for f in facets_of(question)]
