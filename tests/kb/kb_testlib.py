"""Helpers the knowledge-base tests share."""


def keys(reply):
    """The article keys an answer quotes, in order ("消费者权益保护法:55")."""
    return [c["key"] for c in reply.citations]
