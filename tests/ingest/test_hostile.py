"""Hostile and unusual inputs: every input gives articles or named rejections, nothing is lost."""

import csv
import gzip
import io
import json
import os
import random
import socket
from datetime import date

import pytest

from storyline.ingest import iter_inputs
from storyline.model import Article, Rejected
from storyline.options import IngestOptions

NOW = date(2026, 11, 23)
EN = ("The regional council approved the new flood barrier on Tuesday after a two-year delay, and work on the "
      "river bank is due to start in the spring, the council said.")
PL = ("Rada powiatu zatwierdziła we wtorek budowę nowego wału przeciwpowodziowego, a prace mają ruszyć wiosną, "
      "poinformował rzecznik starostwa.")
FR = ("Le conseil régional a approuvé mardi la nouvelle digue, après deux ans de retard, et les travaux "
      "commenceront au printemps, a indiqué la présidente.")


def _read(paths, **kw):
    return list(iter_inputs([str(p) for p in paths], IngestOptions(**kw), now=NOW))


def _arts(items):
    return [a for a in items if isinstance(a, Article)]


def _rejs(items):
    return [r for r in items if isinstance(r, Rejected)]


def _write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def _page(masthead: str, body: str) -> str:
    return f"{masthead}\nHome | News | Sport | Weather | Contact\n\nRiver barrier approved\n\n{body}\n\nShare this article\n"


def test_reprint_with_the_same_clean_text_is_its_own_article(tmp_path):
    # Two pages, two mastheads, one body word for word: a reprint is an article of its own.
    (tmp_path / "a.txt").write_text(_page("VALLEY HERALD", EN), encoding="utf-8")
    (tmp_path / "b.txt").write_text(_page("RIVERSIDE TIMES", EN), encoding="utf-8")
    (tmp_path / "c.txt").write_text(_page("KURIER DOLINY", PL), encoding="utf-8")
    arts = _arts(_read([tmp_path]))
    assert len(arts) == 3 and len({a.id for a in arts}) == 3


def test_the_same_input_read_twice_is_one_article(tmp_path):
    (tmp_path / "a.txt").write_text(_page("VALLEY HERALD", FR), encoding="utf-8")
    (tmp_path / "copy.txt").write_bytes((tmp_path / "a.txt").read_bytes())
    arts = _arts(_read([tmp_path / "a.txt", tmp_path / "copy.txt", tmp_path / "a.txt"]))
    assert len({a.id for a in arts}) == 1  # the store records the second name as merged (tests/store)


def test_same_address_different_text_is_two_articles(tmp_path):
    recs = [{"url": "https://example.org/story", "text": EN}, {"url": "https://example.org/story", "text": PL}]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    arts = _arts(_read([tmp_path / "d.jsonl"]))
    assert len({a.id for a in arts}) == 2


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_rfc4180_csv_is_read_whole(tmp_path, delimiter):
    rows = [
        {"id": "r1", "title": 'Mayor: "We will rebuild"', "text": f'{EN}\n\nShe said: "Every house, every road."'},
        {"id": "r2", "title": "Wał, \"nowy\" i szeroki", "text": f'{PL}\n"Zrobimy to szybko" - dodał.'},
        {"id": "r3", "title": "Digue", "text": f'{FR}\n« Nous sommes prêts », a-t-elle dit; "oui".'},
    ]
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=["id", "title", "text"], delimiter=delimiter)
    w.writeheader()
    w.writerows(rows)
    p = tmp_path / "dump.csv"
    p.write_text(buf.getvalue(), encoding="utf-8", newline="")
    items = _read([p])
    assert not _rejs(items)
    arts = _arts(items)
    assert [a.external_id for a in arts] == ["r1", "r2", "r3"]
    assert arts[0].title == 'Mayor: "We will rebuild"' and '"Every house, every road."' in arts[0].text
    assert arts[1].title == 'Wał, "nowy" i szeroki' and '"Zrobimy to szybko"' in arts[1].text


def test_feed_item_source_names_its_outlet(tmp_path):
    p = tmp_path / "digest.rss"
    p.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Morning Digest</title>
<item><title>Barrier approved</title><link>https://example.org/1</link>
<source url="https://valleyherald.example/rss">Valley Herald</source><description>{EN}</description></item>
<item><title>Wał zatwierdzony</title><link>https://example.org/2</link><description>{PL}</description></item>
</channel></rss>""", encoding="utf-8")
    a, b = _arts(_read([p]))
    assert a.outlet == "Valley Herald"
    assert b.outlet == "Morning Digest"  # no <source>: the feed's own title is the best evidence left


def test_feed_with_entity_declarations_is_refused(tmp_path):
    p = tmp_path / "bomb.xml"
    laughs = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 10))
    p.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">{laughs}]><rss version="2.0"><channel>'
                 f"<title>x</title><item><title>&l9;</title><description>{EN}</description></item></channel></rss>")
    [r] = _read([p])
    assert isinstance(r, Rejected) and "entit" in r.reason


def test_lone_surrogates_are_made_valid(tmp_path):
    # JSON escapes of half a surrogate pair, as broken scrapers write them.
    line = '{"id": "s1", "title": "Wa\\ud800l", "outlet": "Kurier \\udfff", "author": "Ann \\ud83d", "text": "%s"}' % PL
    (tmp_path / "d.jsonl").write_text(line + "\n" + json.dumps({"id": "s2", "text": EN}) + "\n", encoding="utf-8")
    a, b = _arts(_read([tmp_path / "d.jsonl"]))
    for value in (a.title, a.outlet, *a.authors, a.raw):
        value.encode("utf-8")  # would raise on a lone surrogate
    assert "\ufffd" in a.title and b.external_id == "s2"


def test_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"r\xe9sum\xe9.txt")
    (tmp_path / name).write_text(_page("VALLEY HERALD", EN), encoding="utf-8")
    [a] = _arts(_read([tmp_path]))
    a.source.encode("utf-8")
    assert a.source.endswith("r\\xe9sum\\xe9.txt")


def test_deep_json_is_one_rejection_and_the_rest_is_read(tmp_path):
    (tmp_path / "a.json").write_text("[" * 100_000 + "]" * 100_000)
    deep = '{"id": "d", "text": ' + "[" * 5000 + "]" * 5000 + "}"
    (tmp_path / "b.jsonl").write_text(f'{json.dumps({"id": "1", "text": EN})}\n{deep}\n{json.dumps({"id": "3", "text": FR})}\n')
    items = _read([tmp_path / "a.json", tmp_path / "b.jsonl"])
    assert [type(x).__name__ for x in items] == ["Rejected", "Article", "Rejected", "Article"]
    assert "not a JSON object" in items[0].reason  # an array of arrays is refused unparsed
    [obj] = _read([_write(tmp_path / "o.json", '{"a":' * 100_000 + "1" + "}" * 100_000)])
    assert isinstance(obj, Rejected) and "max_json_depth" in obj.reason
    assert items[2].source.endswith("b.jsonl#2") and "max_json_depth" in items[2].reason


def test_long_date_string_is_not_parsed(tmp_path):
    rec = {"id": "x", "text": EN, "published": "Tuesday, " * 15_000}
    (tmp_path / "d.jsonl").write_text(json.dumps(rec) + "\n")
    [a] = _arts(_read([tmp_path / "d.jsonl"]))
    assert a.published is None


def test_decompression_bomb_is_refused(tmp_path):
    (tmp_path / "zeros.jsonl.gz").write_bytes(gzip.compress(b"\n" * 3_000_000))
    (tmp_path / "zeros.warc.gz").write_bytes(gzip.compress(b"\0" * 3_000_000))
    good = gzip.compress((json.dumps({"id": "g", "text": EN}) + "\n").encode())
    (tmp_path / "zgood.jsonl.gz").write_bytes(good)
    items = _read(sorted(tmp_path.iterdir()), ratio_grace_bytes=100_000)
    rejs = _rejs(items)
    assert len(rejs) == 2 and all("bomb" in r.reason for r in rejs)
    assert [a.external_id for a in _arts(items)] == ["g"]


def test_fifo_socket_and_symlink_loop_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "a.txt").write_text(_page("VALLEY HERALD", EN), encoding="utf-8")
    os.mkfifo(tmp_path / "b_pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "c.sock"))
    os.symlink(tmp_path / "d_loop.txt", tmp_path / "d_loop.txt")
    os.symlink(tmp_path, tmp_path / "e_dir")
    try:
        items = _read([tmp_path])
    finally:
        sock.close()
    assert len(_arts(items)) == 1
    reasons = {os.path.basename(r.source): r.reason for r in _rejs(items)}
    assert "FIFO" in reasons["b_pipe.txt"] and "socket" in reasons["c.sock"]
    assert "loop" in reasons["d_loop.txt"] and "not followed" in reasons["e_dir"]


def test_unreadable_folder_is_a_rejection(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(_page("VALLEY HERALD", EN), encoding="utf-8")
    real = os.scandir

    def scandir(path="."):  # what a folder without read permission does (root ignores chmod)
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _read([tmp_path])
    [r] = items
    assert isinstance(r, Rejected) and "cannot read folder" in r.reason and r.source.endswith("locked")


@pytest.mark.parametrize("name", ["wrapped.json", "wrapped.jsonl"])
def test_one_line_wrapper_object_is_read_as_json(tmp_path, name):
    p = tmp_path / name
    p.write_text(json.dumps({"articles": [{"id": "1", "text": EN}, {"id": "2", "text": PL}]}, ensure_ascii=False))
    items = _read([p])
    assert [a.external_id for a in _arts(items)] == ["1", "2"] and not _rejs(items)


def _warc_record(i: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    html = f"<html><head><title>Report {i}</title></head><body><article><p>{EN}</p><p>Item {i}.</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(f"https://example.org/{i}", "response", payload=io.BytesIO(html.encode()),
                                        http_headers=headers))
    return buf.getvalue()


def test_warc_gzipped_as_one_stream_reads_every_record(tmp_path):
    (tmp_path / "one.warc.gz").write_bytes(gzip.compress(b"".join(_warc_record(i) for i in range(3))))
    (tmp_path / "members.warc.gz").write_bytes(b"".join(gzip.compress(_warc_record(i)) for i in range(3)))
    items = _read(sorted(tmp_path.iterdir()))
    assert [a.url for a in _arts(items)] == [f"https://example.org/{i}" for i in range(3)] * 2


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, encoding):
    p = tmp_path / "page.txt"
    p.write_bytes(_page("KURIER DOLINY", PL).encode(encoding))
    [a] = _read([p])
    assert isinstance(a, Article) and PL in a.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le"])
def test_wide_json_lines(tmp_path, encoding):
    lines = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate([EN, PL, FR]))
    p = tmp_path / "d.jsonl"
    p.write_bytes(lines.encode(encoding))
    items = _read([p])
    assert [a.external_id for a in _arts(items)] == ["0", "1", "2"] and not _rejs(items)


def test_random_bytes_are_binary(tmp_path):
    rnd = random.Random(7)
    for i in range(40):
        (tmp_path / f"r{i:02d}{rnd.choice(['.txt', '.html', '.jsonl', '.csv', '.json', ''])}").write_bytes(
            bytes(rnd.getrandbits(8) for _ in range(rnd.choice([64, 300, 5000]))))
    items = _read([tmp_path])
    assert not _arts(items) and len(items) == 40


def test_limits_cut_and_count(tmp_path):
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"id": str(i), "text": f"{EN} {i}"}) + "\n" for i in range(5)))
    (tmp_path / "b.jsonl").write_text("{}\n" * 50)
    (tmp_path / "c.txt").write_text(_page("VALLEY HERALD", " ".join([EN] * 40)), encoding="utf-8")
    (tmp_path / "d.html").write_text("<html><body>" + "<p>a" * 500 + "</body></html>")
    opts = {"max_records_per_file": 3, "max_rejects_per_file": 10, "max_article_chars": 1000, "max_elements": 100}
    items = _read(sorted(tmp_path.iterdir()), **opts)
    by = {}
    for x in items:
        by.setdefault(os.path.basename(x.source).split("#")[0], []).append(x)
    assert [type(x).__name__ for x in by["a.jsonl"]] == ["Article"] * 3 + ["Rejected"]
    assert "max_records_per_file=3" in by["a.jsonl"][-1].reason
    rejects = _read([tmp_path / "b.jsonl"], max_rejects_per_file=3)
    assert len(rejects) == 4  # 3 listed, then one line that counts the other 47
    assert "47 more records rejected" in rejects[-1].reason
    [c] = by["c.txt"]
    assert len(c.text) <= 1000 and any("max_article_chars=1000" in r for r in c.removed)
    [d] = by["d.html"]
    assert isinstance(d, Rejected) and "max_elements=100" in d.reason


def test_record_time_limit(tmp_path, monkeypatch):
    import time

    import storyline.ingest as ingest

    real = ingest.build_article

    def slow(rec, options, now=None):
        if "slow" in rec.source:
            time.sleep(5)
        return real(rec, options, now)

    monkeypatch.setattr(ingest, "build_article", slow)
    (tmp_path / "a_slow.txt").write_text(_page("VALLEY HERALD", EN), encoding="utf-8")
    (tmp_path / "b.txt").write_text(_page("VALLEY HERALD", FR), encoding="utf-8")
    started = time.monotonic()
    items = _read([tmp_path], max_record_seconds=0.5)
    assert time.monotonic() - started < 4
    assert isinstance(items[0], Rejected) and "max_record_seconds" in items[0].reason
    assert isinstance(items[1], Article)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_wide_csv(tmp_path, encoding):
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(["id", "text"])
    w.writerow(["1", f'{PL}\n"Zrobimy to", dodał.'])
    p = tmp_path / "d.csv"
    p.write_bytes(buf.getvalue().encode(encoding))
    [a] = _read([p])
    assert isinstance(a, Article) and PL in a.text and '"Zrobimy to", dodał.' in a.text
