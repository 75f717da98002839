from pathlib import Path

import pytest

from storyline.ingest import iter_inputs
from storyline.model import Article
from storyline.options import IngestOptions

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.slow
def test_ecbplus_dump_reads_every_record():
    path = DATA / "ecbplus" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    items = list(iter_inputs([str(path)], IngestOptions()))
    arts = [a for a in items if isinstance(a, Article)]
    assert len(arts) == len(items) == 772
    assert len({a.id for a in arts}) == 772
    plus = [a for a in arts if (a.external_id or "").endswith("ecbplus")]
    assert sum(1 for a in plus if a.url and a.url.startswith("http")) == len(plus)
    assert sum(1 for a in plus if a.title) / len(plus) > 0.9
    assert sum(1 for a in plus if a.published) / len(plus) > 0.6
    assert not any(a.text.startswith("http") for a in plus)
    assert all(a.language for a in arts)


@pytest.mark.slow
def test_article_extraction_pages_read_as_html():
    folder = DATA / "article_extraction" / "html"
    if not folder.exists():
        pytest.skip(f"{folder} not present")
    files = sorted(folder.glob("*.html.gz"))[:10]
    arts = [a for a in iter_inputs([str(f) for f in files], IngestOptions()) if isinstance(a, Article)]
    assert len(arts) == 10 and all(a.format == "html" and len(a.text) > 200 for a in arts)
