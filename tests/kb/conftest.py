import pytest

from knowledge_base.retrieval import build, engine


@pytest.fixture(scope="session")
def kb():
    """The project's index (`make kb` builds it first in CI; a no-op when up to date)."""
    build(progress=False)
    return engine()
