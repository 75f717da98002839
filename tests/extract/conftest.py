import pytest

from storyline.extract import Extractor
from storyline.model import Article
from storyline.options import Options


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    ex = Extractor(Options())
    ex.setup()  # spaCy once for the whole extract test session
    return ex


@pytest.fixture(scope="session")
def extract(extractor):
    def run(text: str, *, id: str = "a1", published: str | None = "2023-01-02", outlet: str | None = None,
            language: str | None = "en"):
        art = Article(id=id, source="test", text=text, published=published, outlet=outlet, language=language)
        return extractor.extract(art)

    return run
