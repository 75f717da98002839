import csv
import gzip
import io
import json
from datetime import date

import pytest

from storyline.ingest import iter_inputs
from storyline.model import Article
from storyline.options import IngestOptions

NOW = date(2026, 11, 23)
P1 = ("The city council approved a new budget on Tuesday after months of debate, raising spending on schools "
      "and public transport by eight percent.")
P2 = "Council members voted 9-4 in favour, and the mayor said she would sign the budget later this week."
P3 = "Opponents said the plan relied on optimistic tax forecasts and could force cuts next year."
BODY = f"{P1}\n{P2}\n{P3}"

HTML = f"""<!DOCTYPE html><html lang="en"><head><title>Council approves budget | Springfield Daily</title>
<meta property="og:title" content="Council approves budget">
<meta name="author" content="Ann Ray">
<meta property="article:published_time" content="2023-03-07T10:00:00Z">
<meta property="og:site_name" content="Springfield Daily">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves budget</h1><p class="byline">By Ann Ray</p>
<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
<footer>© 2023 Springfield Daily. All rights reserved.</footer></body></html>"""


def _read(paths, **kw):
    return list(iter_inputs([str(p) for p in paths], IngestOptions(**kw), now=NOW))


def _articles(items):
    return [a for a in items if isinstance(a, Article)]


def test_txt_page_is_cleaned(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("Home > News > Local\nCouncil approves budget\nBy Ann Ray\nPublished March 7, 2023\n"
                 f"Share this article\n{BODY}\nRelated stories\nMayor opens new library\nBus fares to rise\n", encoding="utf-8")
    [a] = _read([p])
    assert a.format == "text" and a.text == BODY
    assert a.title == "Council approves budget" and a.authors == ["Ann Ray"] and a.published == "2023-03-07"
    assert "Mayor opens new library" in a.removed and a.language == "en"
    assert a.source == str(p) and a.id.startswith("a") and len(a.id) == 16
    assert "Share this article" in a.raw


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.html.gz"])
def test_html_reader(tmp_path, name):
    p = tmp_path / name
    data = HTML.encode("utf-8")
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    [a] = _read([p])
    assert a.format == "html"
    for para in (P1, P2, P3):
        assert para in a.text
    assert "All rights reserved" not in a.text
    assert a.title == "Council approves budget" and a.authors == ["Ann Ray"]
    assert a.published == "2023-03-07" and a.outlet == "Springfield Daily"


def test_jsonl_json_csv_dumps(tmp_path):
    recs = [
        {"id": "r1", "title": "Council approves budget", "url": "https://www.theguardian.com/uk/2023/mar/07/budget",
         "published": "2023-03-07", "author": "Ann Ray", "text": BODY},
        {"id": "r2", "headline": "Second story", "body": P2, "source": {"name": "Springfield Daily"}, "date": "March 8, 2023"},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(recs, indent=2), encoding="utf-8")
    with open(tmp_path / "c.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "headline", "link", "pubdate", "publisher", "byline", "content"])
        w.writeheader()
        w.writerow({"id": "r1", "headline": "Council approves budget", "link": "https://x.example.com/a",
                    "pubdate": "2023-03-07", "publisher": "Springfield Daily", "byline": "Ann Ray, Bo Li", "content": BODY})
    items = _read([tmp_path])
    arts = _articles(items)
    assert [a.source for a in arts] == [f"{tmp_path}/a.jsonl#1", f"{tmp_path}/a.jsonl#2", f"{tmp_path}/b.json#1",
                                        f"{tmp_path}/b.json#2", f"{tmp_path}/c.csv#1"]
    a1, a2, b1, _, c1 = arts
    assert a1.external_id == "r1" and a1.title == "Council approves budget" and a1.published == "2023-03-07"
    assert a1.outlet == "The Guardian" and a1.authors == ["Ann Ray"] and a1.text == BODY and a1.format == "jsonl"
    assert a2.outlet == "Springfield Daily" and a2.published == "2023-03-08" and a2.title == "Second story"
    assert b1.format == "json" and b1.id == a1.id  # same record, same id
    assert c1.format == "csv" and c1.authors == ["Ann Ray", "Bo Li"] and c1.url == "https://x.example.com/a"


def test_dump_record_with_url_title_date_header(tmp_path):
    text = ("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504\n"
            "Lindsay Lohan checks into Betty Ford Center\nMay 03, 2013\n" + BODY)
    (tmp_path / "e.jsonl").write_text(json.dumps({"id": "1_10ecbplus", "text": text}) + "\n", encoding="utf-8")
    [a] = _read([tmp_path / "e.jsonl"])
    assert a.url.startswith("http://articles.latimes.com/2013/may/03/")
    assert a.title == "Lindsay Lohan checks into Betty Ford Center" and a.published == "2013-05-03"
    assert a.text == BODY and "May 03, 2013" in a.removed and a.outlet == "Los Angeles Times"


def test_cluttered_dump_record_is_cleaned(tmp_path):
    text = f"Share this article\nFacebook Twitter Email\n{BODY}\nRelated stories\nMayor opens new library\n© 2023 Springfield Daily"
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    [a] = _read([tmp_path / "d.jsonl"])
    assert a.text == BODY and "Facebook Twitter Email" in a.removed


RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Springfield Daily</title>
<item><title>Council approves budget</title><link>https://springfield.example.com/budget</link>
<guid>sd-1</guid><pubDate>Tue, 07 Mar 2023 10:00:00 GMT</pubDate><author>ann@example.com (Ann Ray)</author>
<description>&lt;p&gt;{P1}&lt;/p&gt;&lt;p&gt;{P2}&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://springfield.example.com/second</link><description>{P3}</description></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Springfield Daily</title>
<entry><title>Council approves budget</title><id>tag:sd,2023:1</id><link href="https://springfield.example.com/budget"/>
<published>2023-03-07T10:00:00Z</published><updated>2023-03-09T10:00:00Z</updated><author><name>Ann Ray</name></author>
<content type="html">&lt;p&gt;{P1}&lt;/p&gt;&lt;p&gt;{P2}&lt;/p&gt;</content></entry></feed>"""


@pytest.mark.parametrize("name, body", [("feed.rss", RSS), ("feed.atom", ATOM), ("feed.xml", RSS)])
def test_feeds(tmp_path, name, body):
    (tmp_path / name).write_text(body, encoding="utf-8")
    arts = _articles(_read([tmp_path / name]))
    a = arts[0]
    assert a.format == "feed" and a.text == f"{P1}\n{P2}" and a.title == "Council approves budget"
    assert a.url == "https://springfield.example.com/budget" and a.published == "2023-03-07"
    assert a.outlet == "Springfield Daily" and a.source.endswith("#1") and a.external_id
    assert len(arts) == (1 if name == "feed.atom" else 2)


def _warc(path, pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for uri, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_reader(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    _warc(p, [("https://springfield.example.com/2023/03/07/budget", "text/html; charset=utf-8", HTML.encode()),
              ("https://springfield.example.com/logo.png", "image/png", b"\x89PNG....")])
    [a] = _read([p])
    assert a.format == "warc" and a.url == "https://springfield.example.com/2023/03/07/budget"
    assert P1 in a.text and a.source == f"{p}#1" and a.published == "2023-03-07"


def test_stdin_is_sniffed(tmp_path):
    jsonl = (json.dumps({"id": "s1", "text": BODY}) + "\n").encode()
    [a] = list(iter_inputs(["-"], IngestOptions(), stdin=io.BytesIO(jsonl), now=NOW))
    assert a.format == "jsonl" and a.source == "-#1" and a.external_id == "s1"
    [h] = list(iter_inputs(["-"], IngestOptions(), stdin=io.BytesIO(HTML.encode()), now=NOW))
    assert h.format == "html" and P2 in h.text
    [t] = list(iter_inputs(["-"], IngestOptions(), stdin=io.BytesIO(f"Budget\n{BODY}".encode()), now=NOW))
    assert t.format == "text" and t.text == BODY


def test_ids_stable_and_folder_order_deterministic(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(f"Second\n{P3} {P2}", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"First\n{BODY}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    first = _read([tmp_path])
    second = _read([tmp_path])
    assert [a.id for a in first] == [a.id for a in second]
    assert [a.source for a in first] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]
    assert len({a.id for a in first}) == 2


def test_page_text_puts_blocks_on_lines_and_drops_scripts():
    from storyline.ingest.html import page_text

    html = "<html><head><style>p{}</style></head><body><div>Menu <b>bold</b></div><script>var x=1;</script><p>One.</p><p>Two</p></body></html>"
    assert page_text(html) == "Menu bold\nOne.\nTwo"


def test_every_reader_names_the_brand_and_keeps_the_edition(tmp_path):
    """A dump field, a feed's title, an HTML page's site name: an edition label is the edition."""
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "e1", "outlet": "Springfield Daily Türkçe", "text": BODY}) + "\n",
                                      encoding="utf-8")
    with open(tmp_path / "b.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "publisher", "content"])
        w.writeheader()
        w.writerow({"id": "e2", "publisher": "Springfield Daily – Deutsche Ausgabe", "content": BODY})
    (tmp_path / "c.rss").write_text(RSS.replace("<title>Springfield Daily</title>", "<title>Springfield Daily 日本語版</title>"),
                                    encoding="utf-8")
    (tmp_path / "d.html").write_text(HTML.replace("Springfield Daily", "Springfield Daily en español"), encoding="utf-8")
    arts = _articles(_read([tmp_path]))
    by_format = {a.format: a for a in arts}
    assert sorted(by_format) == ["csv", "feed", "html", "jsonl"]
    for fmt, language, label in [("jsonl", "tr", "Türkçe"), ("csv", "de", "Deutsche Ausgabe"), ("feed", "ja", "日本語版"),
                                 ("html", "es", "en español")]:
        a = by_format[fmt]
        assert a.outlet == "Springfield Daily", fmt
        assert a.outlet_edition is not None and (a.outlet_edition.language, a.outlet_edition.label) == (language, label)
        assert a.to_report()["outlet_edition"] == {"label": label, "language": language, "local_name": None}
