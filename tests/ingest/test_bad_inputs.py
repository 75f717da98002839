import gzip
import json
from datetime import date

from storyline.ingest import iter_inputs
from storyline.model import Article, Rejected
from storyline.options import IngestOptions

NOW = date(2026, 11, 23)
SENT = ("The café owner said the new rules were “unfair” to small businesses, and that she would appeal "
        "the decision before the end of the month.")
GOOD = {"id": "ok", "text": "The council approved the budget on Tuesday after a long debate about schools."}


def _read(paths, **kw):
    return list(iter_inputs([str(p) for p in paths], IngestOptions(**kw), now=NOW))


def _kinds(items):
    return [type(x).__name__ for x in items]


def test_empty_and_binary_files_are_rejected_and_batch_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "c_empty.jsonl").write_bytes(b"\n\n")
    (tmp_path / "d_good.txt").write_text(f"Title here\n{SENT}", encoding="utf-8")
    items = _read([tmp_path])
    assert _kinds(items) == ["Rejected", "Rejected", "Rejected", "Article"]
    assert "empty" in items[0].reason and items[0].source.endswith("a_empty.txt")
    assert "binary" in items[1].reason
    assert "empty" in items[2].reason


def test_legacy_and_utf16_encodings(tmp_path):
    (tmp_path / "cp1252.txt").write_bytes(f"Title\n{SENT}".encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes(f"Title\n{SENT.replace('“', '').replace('”', '')}".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(f"Title\n{SENT}".encode("utf-16"))  # with BOM
    mixed = f"Title\n{SENT}\n".encode("utf-8") + "Le maire a déclaré qu'il était d'accord avec la décision prise.".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(mixed)
    arts = _read(sorted(tmp_path.iterdir()))
    assert all(isinstance(a, Article) for a in arts)
    by = {a.source.rsplit("/", 1)[1]: a for a in arts}
    assert by["cp1252.txt"].text == SENT
    assert "café" in by["latin1.txt"].text
    assert by["utf16.txt"].text == SENT
    assert "café" in by["mixed.txt"].text and "déclaré" in by["mixed.txt"].text


def test_truncated_gzip_keeps_records_before_the_break(tmp_path):
    lines = "".join(json.dumps({"id": f"r{i}", "text": f"{GOOD['text']} Record number {i} here."}) + "\n" for i in range(2000))
    data = gzip.compress(lines.encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    items = _read([p])
    arts = [a for a in items if isinstance(a, Article)]
    assert 0 < len(arts) < 2000
    assert isinstance(items[-1], Rejected) and "truncated" in items[-1].reason
    assert items[-1].source == f"{p}#{len(arts) + 1}"
    assert [a.external_id for a in arts] == [f"r{i}" for i in range(len(arts))]


def test_truncated_html_gz_is_rejected(tmp_path):
    data = gzip.compress(b"<html><body>" + b"<p>" + SENT.encode() * 200 + b"</p></body></html>")
    p = tmp_path / "page.html.gz"
    p.write_bytes(data[: len(data) // 2])
    [r] = _read([p])
    assert isinstance(r, Rejected) and "truncated" in r.reason


def test_malformed_json_line_is_rejected_alone(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps(GOOD) + "\n{not json\n" + json.dumps([1, 2]) + "\n" + json.dumps({"title": "no text"}) + "\n"
                 + json.dumps(GOOD | {"id": "ok2"}) + "\n", encoding="utf-8")
    items = _read([p])
    assert _kinds(items) == ["Article", "Rejected", "Rejected", "Rejected", "Article"]
    assert items[1].source == f"{p}#2" and "malformed JSON" in items[1].reason
    assert "not an object" in items[2].reason and "no text field" in items[3].reason


def test_oversized_records_are_rejected(tmp_path):
    big = {"id": "big", "text": "word " * 500}
    (tmp_path / "a.jsonl").write_text(json.dumps(GOOD) + "\n" + json.dumps(big) + "\n" + json.dumps(GOOD) + "\n")
    (tmp_path / "b.json").write_text(json.dumps([GOOD, big, GOOD]))
    (tmp_path / "c.txt").write_text("x " * 1000)
    (tmp_path / "d.csv").write_text("id,text\nok,short text of the record here.\nbig," + "y" * 3000 + "\n")
    items = _read(sorted(tmp_path.iterdir()), max_record_bytes=1000)
    assert _kinds(items) == ["Article", "Rejected", "Article", "Article", "Rejected", "Article", "Rejected",
                             "Article", "Rejected"]
    assert items[1].source.endswith("a.jsonl#2") and "max_record_bytes=1000" in items[1].reason
    assert items[4].source.endswith("b.json#2")
    assert items[8].source.endswith("d.csv#2")


def test_unknown_extension_rejected_unless_sniffed(tmp_path):
    (tmp_path / "notes.dat").write_text("just some words that are not an article format", encoding="utf-8")
    (tmp_path / "dump.data").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02" * 100)
    items = _read(sorted(tmp_path.iterdir()))
    assert _kinds(items) == ["Rejected", "Article", "Rejected"]
    assert "unknown extension .bin" in items[0].reason and "binary" in items[0].reason
    assert items[1].format == "jsonl"
    assert "unknown extension .dat" in items[2].reason


def test_missing_path_and_truncated_json_array(tmp_path):
    p = tmp_path / "cut.json"
    p.write_text(json.dumps([GOOD, GOOD | {"id": "x"}])[:-30])
    items = _read([tmp_path / "nope.txt", p])
    assert _kinds(items) == ["Rejected", "Article", "Rejected"]
    assert "no such file" in items[0].reason and "cut off" in items[2].reason
