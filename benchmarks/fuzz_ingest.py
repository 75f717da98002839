"""Fuzz the ingest layer with hostile and malformed inputs; count what goes wrong.

Each generated input is a folder: a good JSON Lines file before it, the hostile file, a good
page after it (sorted names), so a hostile file that costs its neighbours shows up. Some
hostile files hold good records of their own (a deep line between good lines, a record with
lone surrogates); those must be stored too. Every input is ingested into a fresh store by the
service (the path the CLI takes), in a child forked from a preloaded server, so each input is
timed, its peak RSS measured (``wait4``) and a crash or hang costs only that input.

Counted per input:
  crash   the ingest raised (the CLI would exit 3) or the child died
  hang    the child ran past --limit seconds (killed)
  silent  the hostile file left no trace: no article, rejection or merge names it
  lost    good records (marked with a unique token) missing from the store
  rss     peak resident memory of the child (it includes the preloaded modules)

    python benchmarks/fuzz_ingest.py --n 10000 --seed 1 [--jobs 2] [--limit 60] [--scale 1.0] [--budget S]

The last line printed is the JSON summary. ``--scale`` shrinks the bombs (the test suite's fast
part uses a small scale, in-process: see ``run_inprocess``).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import gzip
import io
import json
import os
import random
import resource
import shutil
import signal
import socket
import sqlite3
import string
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

WORDS = {
    "en": "the council river bridge said officials storm water report minister on tuesday after village".split(),
    "pl": "rada rzeka most powiedział urzędnicy burza woda raport minister we wtorek po wsi".split(),
    "fr": "le conseil rivière pont a déclaré les responsables tempête eau rapport ministre mardi après".split(),
    "de": "der rat fluss brücke sagte beamte sturm wasser bericht minister am dienstag nach dorf".split(),
    "tr": "meclis nehir köprü dedi yetkililer fırtına su rapor bakan salı günü sonra köy".split(),
    "ru": "совет река мост сказал чиновники шторм вода доклад министр во вторник после деревня".split(),
}


@dataclass
class Case:
    family: str
    files: dict[str, object] = field(default_factory=dict)  # name -> bytes, or ("fifo"|"socket"|"symlink", target)
    hostile: str = ""  # the file whose trace is checked
    good: list[str] = field(default_factory=list)  # tokens of good records that must be stored
    traced: bool = True  # False where no trace can be asked for (e.g. an empty folder is fine)


def sentence(rnd: random.Random, lang: str, token: str = "") -> str:
    words = [rnd.choice(WORDS[lang]) for _ in range(rnd.randint(12, 24))]
    if token:
        words.insert(rnd.randint(0, len(words)), token)
    return " ".join(words).capitalize() + "."


def body(rnd: random.Random, token: str) -> str:
    lang = rnd.choice(list(WORDS))
    return "\n".join(sentence(rnd, lang, token if i == 0 else "") for i in range(rnd.randint(2, 5)))


def record(rnd: random.Random, token: str, **extra: object) -> dict:
    return {"id": token, "title": sentence(rnd, "en")[:60], "text": body(rnd, token), **extra}


def jsonl(recs: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode()


def html_page(rnd: random.Random, token: str) -> bytes:
    paras = "".join(f"<p>{s}</p>" for s in body(rnd, token).split("\n"))
    return (f"<!DOCTYPE html><html><head><title>{sentence(rnd, 'en')[:50]}</title></head><body><nav>Home | News</nav>"
            f"<article><h1>Headline</h1>{paras}</article><footer>Contact us</footer></body></html>").encode()


def warc(pages: list[tuple[str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    for url, page in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=headers))
    return buf.getvalue()


def feed(rnd: random.Random, tokens: list[str]) -> bytes:
    items = "".join(f"<item><title>T{t}</title><link>https://example.org/{t}</link><source url=\"https://o.example\">"
                    f"Outlet {t}</source><description>{body(rnd, t)}</description></item>" for t in tokens)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>{items}</channel></rss>'.encode()


def csv_bytes(recs: list[dict], delimiter: str = ",") -> bytes:
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=list(recs[0]), delimiter=delimiter)
    w.writeheader()
    w.writerows(recs)
    return buf.getvalue().encode()


_ZEROS: dict[int, bytes] = {}


def gz_repeat(unit: bytes, total: int) -> bytes:
    """gzip of ``unit`` repeated to ``total`` bytes, built in chunks (bombs without the memory)."""
    key = hash((unit, total))
    if key not in _ZEROS:
        out = io.BytesIO()
        with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as g:
            chunk = unit * max(1, (1 << 20) // len(unit))
            left = total
            while left > 0:
                g.write(chunk[:left])
                left -= len(chunk)
        _ZEROS[key] = out.getvalue()
    return _ZEROS[key]


# --- families -------------------------------------------------------------------------------

def f_surrogate(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    t1, t2 = tok(), tok()
    bad = rnd.choice(["\\ud800", "\\udfff", "\\ud83d", "\\udc00x"])
    key = rnd.choice(["title", "outlet", "author", "url", "id", "published"])
    rec = json.dumps(record(rnd, t1))[:-1] + f', "{key}": "a{bad}b"}}'
    if key == "id":
        rec = json.dumps(record(rnd, t1)).replace(f'"id": "{t1}"', f'"id": "{t1}{bad}"')
    data = (rec + "\n" + json.dumps(record(rnd, t2)) + "\n").encode()
    return Case("surrogate", {"m_hostile.jsonl": data}, "m_hostile.jsonl", [t1, t2])


def f_filename(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    t = tok()
    raw = bytes(rnd.choice([0xFF, 0xE9, 0xC3, 0x80, 0xFE]) for _ in range(3))
    name = os.fsdecode(b"m_" + raw + b".txt")
    return Case("filename", {name: f"Headline\n{body(rnd, t)}".encode()}, name, [t])


def f_deep_json(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    depth = rnd.choice([150, 1000, 5000, int(100_000 * scale) or 200])
    if rnd.random() < 0.5:
        opener = rnd.choice(["[", '{"a":'])
        closer = "]" if opener == "[" else "}"
        return Case("deep_json", {"m_hostile.json": (opener * depth + "1" + closer * depth).encode()}, "m_hostile.json")
    t1, t2 = tok(), tok()
    deep = '{"text": ' + "[" * depth + "]" * depth + "}"
    data = (json.dumps(record(rnd, t1)) + "\n" + deep + "\n" + json.dumps(record(rnd, t2)) + "\n").encode()
    return Case("deep_json", {"m_hostile.jsonl": data}, "m_hostile.jsonl", [t1, t2])


def f_long_date(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    t = tok()
    n = rnd.choice([1000, 12_000, int(120_000 * scale) or 1000])
    junk = rnd.choice(["Tuesday, ", "12 March 2024 ", "a ", "1999-"]) * (n // 8)
    if rnd.random() < 0.6:
        return Case("long_date", {"m_hostile.jsonl": jsonl([record(rnd, t, published=junk)])}, "m_hostile.jsonl", [t])
    page = f"Headline\nPublished {junk}\n{body(rnd, t)}\n"
    return Case("long_date", {"m_hostile.txt": page.encode()}, "m_hostile.txt", [t])


def f_bomb(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    total = int(rnd.choice([200e6, 1e9]) * scale) or 1_000_000
    kind = rnd.choice(["warc0", "json1", "jsonlnl", "csv0", "html0"])
    if kind == "warc0":
        return Case("bomb", {"m_hostile.warc.gz": gz_repeat(b"\0", total)}, "m_hostile.warc.gz")
    if kind == "json1":
        # Two gzip members: "[" then "1,1,1,..." (what the 3.75 GB case held).
        return Case("bomb", {"m_hostile.json.gz": gzip.compress(b"[") + gz_repeat(b"1,", total)}, "m_hostile.json.gz")
    if kind == "jsonlnl":
        return Case("bomb", {"m_hostile.jsonl.gz": gz_repeat(b"\n", total)}, "m_hostile.jsonl.gz")
    if kind == "csv0":
        return Case("bomb", {"m_hostile.csv.gz": gz_repeat(b"a", total)}, "m_hostile.csv.gz")
    return Case("bomb", {"m_hostile.html.gz": gz_repeat(b"<p>", total)}, "m_hostile.html.gz")


def f_big(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    kind = rnd.choice(["csvfield", "empties", "unclosed", "longline", "manyrecs"])
    if kind == "csvfield":
        n = int(rnd.choice([25e6, 60e6]) * scale) or 30_000
        return Case("big", {"m_hostile.csv": b'id,text\n1,"' + b"x" * n + b'"\n'}, "m_hostile.csv")
    if kind == "empties":
        return Case("big", {"m_hostile.jsonl": b"{}\n" * (int(5e6 * scale) or 1000)}, "m_hostile.jsonl")
    if kind == "unclosed":
        return Case("big", {"m_hostile.html": b"<html><body>" + b"<p>a" * (int(1e6 * scale) or 1000)}, "m_hostile.html")
    if kind == "longline":
        return Case("big", {"m_hostile.txt": b"word " * (int(4e6 * scale) or 1000)}, "m_hostile.txt")
    t = tok()
    recs = [record(rnd, f"{t}x{i}") for i in range(int(3000 * scale) or 20)]
    return Case("big", {"m_hostile.jsonl": jsonl(recs)}, "m_hostile.jsonl", [r["id"] for r in recs])


def f_special(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    kind = rnd.choice(["fifo", "socket", "devzero", "loop", "dirloop", "broken"])
    if kind == "fifo":
        return Case("special", {"m_hostile.jsonl": ("fifo", None)}, "m_hostile.jsonl")
    if kind == "socket":
        return Case("special", {"m_hostile.txt": ("socket", None)}, "m_hostile.txt")
    if kind == "devzero":
        return Case("special", {"m_hostile.warc": ("symlink", "/dev/zero")}, "m_hostile.warc")
    if kind == "loop":
        return Case("special", {"m_hostile.txt": ("symlink", "m_hostile.txt")}, "m_hostile.txt")
    if kind == "dirloop":
        return Case("special", {"m_hostile": ("symlink", ".")}, "m_hostile")
    return Case("special", {"m_hostile.html": ("symlink", "nowhere.html")}, "m_hostile.html")


def f_wrapper(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    recs = [record(rnd, tok()) for _ in range(rnd.randint(1, 4))]
    key = rnd.choice(["articles", "items", "data", "results"])
    name = rnd.choice(["m_hostile.json", "m_hostile.jsonl"])
    return Case("wrapper", {name: json.dumps({key: recs}, ensure_ascii=False).encode()}, name, [r["id"] for r in recs])


def f_warc(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    toks = [tok() for _ in range(rnd.randint(1, 4))]
    plain = warc([(f"https://example.org/{t}", html_page(rnd, t)) for t in toks])
    kind = rnd.choice(["stream", "members", "plain"])
    if kind == "stream":
        return Case("warc", {"m_hostile.warc.gz": gzip.compress(plain)}, "m_hostile.warc.gz", toks)
    if kind == "members":
        data = b"".join(gzip.compress(warc([(f"https://example.org/{t}", html_page(rnd, t))])) for t in toks)
        return Case("warc", {"m_hostile.warc.gz": data}, "m_hostile.warc.gz", toks)
    return Case("warc", {"m_hostile.warc": plain}, "m_hostile.warc", toks)


def f_wide(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    enc = rnd.choice(["utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-8-sig"])
    if rnd.random() < 0.5:
        recs = [record(rnd, tok()) for _ in range(rnd.randint(1, 3))]
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode(enc)
        return Case("wide", {"m_hostile.jsonl": data}, "m_hostile.jsonl", [r["id"] for r in recs])
    t = tok()
    return Case("wide", {"m_hostile.txt": f"Headline\n{body(rnd, t)}\n".encode(enc)}, "m_hostile.txt", [t])


def f_random(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    ext = rnd.choice([".txt", ".html", ".jsonl", ".json", ".csv", ".xml", ".warc", ".gz", ".jsonl.gz", ".bin", ""])
    n = rnd.choice([64, 300, 4096, 100_000])
    return Case("random", {f"m_hostile{ext}": rnd.randbytes(n)}, f"m_hostile{ext}")


def f_csv(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    recs = []
    for _ in range(rnd.randint(1, 6)):
        t = tok()
        text = body(rnd, t).replace(" ", rnd.choice([' "', ", ", " ", "; "]), 3) + '\n"Quoted," she said.'
        recs.append({"id": t, "title": f'He said "{t[:4]}", twice', "text": text, "published": "2024-03-05"})
    delim = rnd.choice([",", ";", "\t", "|"])
    return Case("csv", {"m_hostile.csv": csv_bytes(recs, delim)}, "m_hostile.csv", [r["id"] for r in recs])


def f_entities(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    laughs = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 12))
    kind = rnd.choice(["laughs", "xxe"])
    decl = f'<!ENTITY l0 "ha">{laughs}' if kind == "laughs" else '<!ENTITY l11 SYSTEM "file:///etc/passwd">'
    data = (f'<?xml version="1.0"?><!DOCTYPE rss [{decl}]><rss version="2.0"><channel><title>x</title>'
            f"<item><title>&l11;</title><description>&l11;</description></item></channel></rss>").encode()
    return Case("entities", {"m_hostile.xml": data}, "m_hostile.xml")


def f_mutated(rnd: random.Random, tok: Callable[[], str], scale: float) -> Case:
    t = tok()
    kind = rnd.choice(["jsonl", "json", "csv", "html", "xml", "warc", "txt", "jsonl.gz", "html.gz", "warc.gz"])
    base = kind.split(".")[0]
    if base == "jsonl":
        data = jsonl([record(rnd, f"{t}{i}") for i in range(3)])
    elif base == "json":
        data = json.dumps([record(rnd, f"{t}{i}") for i in range(3)]).encode()
    elif base == "csv":
        data = csv_bytes([record(rnd, f"{t}{i}") for i in range(3)])
    elif base == "html":
        data = html_page(rnd, t)
    elif base == "xml":
        data = feed(rnd, [f"{t}{i}" for i in range(3)])
    elif base == "warc":
        data = warc([(f"https://example.org/{t}{i}", html_page(rnd, f"{t}{i}")) for i in range(2)])
    else:
        data = f"Headline\n{body(rnd, t)}".encode()
    if kind.endswith(".gz"):
        data = gzip.compress(data)
    buf = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        op = rnd.random()
        if not buf:
            break
        i = rnd.randrange(len(buf))
        if op < 0.3:
            buf[i] = rnd.randrange(256)
        elif op < 0.5:
            del buf[i : i + rnd.randint(1, 50)]
        elif op < 0.7:
            buf[i:i] = rnd.choice([b"\0", b"\xff\xfe", b'"', b"\n", b"{", b"[", b"<", b"\xed\xa0\x80", b"\r"])
        elif op < 0.85:
            del buf[i:]
        else:
            j = rnd.randrange(len(buf))
            buf[i:i] = buf[j : j + rnd.randint(1, 200)]
    return Case("mutated", {f"m_hostile.{kind}": bytes(buf)}, f"m_hostile.{kind}")


FAMILIES = [f_surrogate, f_filename, f_deep_json, f_long_date, f_bomb, f_big, f_special, f_wrapper, f_warc,
            f_wide, f_random, f_csv, f_entities, f_mutated]
WEIGHTS = [8, 4, 6, 4, 1, 1, 4, 5, 5, 6, 12, 6, 3, 35]


def generate(seed: int, n: int, scale: float = 1.0):
    """``n`` cases; case i depends only on (seed, i), so any one can be regenerated alone."""
    for i in range(n):
        rnd = random.Random(f"{seed}:{i}")
        counter = iter(range(10**6))

        def tok() -> str:
            return f"tok{i}x{next(counter)}q" + "".join(rnd.choice(string.ascii_lowercase) for _ in range(4))

        fam = rnd.choices(FAMILIES, WEIGHTS)[0]
        case = fam(rnd, tok, scale)
        # Good neighbours before and after the hostile file.
        before, after = tok(), tok()
        case.files["a_good.jsonl"] = jsonl([record(rnd, before)])
        case.files["z_good.txt"] = f"Headline of the page\n{body(rnd, after)}\n".encode()
        case.good += [before, after]
        yield i, case


def materialise(case: Case, folder: str) -> list[socket.socket]:
    socks = []
    os.makedirs(folder, exist_ok=True)
    for name, data in case.files.items():
        path = os.path.join(folder, name)
        if isinstance(data, tuple):
            kind, target = data
            if kind == "fifo":
                os.mkfifo(path)
            elif kind == "socket":
                s = socket.socket(socket.AF_UNIX)
                s.bind(path)
                socks.append(s)
            else:
                os.symlink(target, path)
        else:
            with open(path, "wb") as f:
                f.write(data)  # type: ignore[arg-type]
    return socks


def check(case: Case, folder: str, db: str) -> dict:
    """Silent drop and lost good records, read from the store after the ingest."""
    from storyline.ingest import input_of
    from storyline.ingest.decode import display_path

    con = sqlite3.connect(db)
    sources = {input_of(r[0]) for r in con.execute("SELECT source FROM articles")}
    sources |= {input_of(r[0]) for r in con.execute("SELECT source FROM rejects")}
    try:
        sources |= {input_of(r[0]) for r in con.execute("SELECT source FROM merges")}
    except sqlite3.Error:
        pass
    texts = " ".join(r[0] + " " + (r[1] or "") for r in con.execute("SELECT text, external_id FROM articles")).lower()
    con.close()
    hostile = display_path(os.path.join(folder, case.hostile))
    silent = case.traced and not any(s == hostile or s.startswith(hostile + os.sep) for s in sources)
    lost = [t for t in case.good if t.lower() not in texts]
    return {"silent": silent, "lost": len(lost), "lost_tokens": lost[:5]}


def ingest_one(folder: str, db: str) -> None:
    from storyline.service import Storyline

    svc = Storyline.open(db)
    try:
        svc.ingest([folder])
    finally:
        svc.close()


def warm(seed: int) -> None:
    """One whole ingest in the parent, so the children inherit every lazily loaded model."""
    root = tempfile.mkdtemp(prefix="fuzz-warm-")
    socks: list[socket.socket] = []
    try:
        for i, case in generate(seed + 10**6, 3, 0.01):
            socks += materialise(case, os.path.join(root, "in", str(i)))  # one folder each: names repeat
        ingest_one(os.path.join(root, "in"), os.path.join(root, "s.db"))
    finally:
        for s in socks:
            s.close()
        shutil.rmtree(root, ignore_errors=True)


# --- runners --------------------------------------------------------------------------------

def start_forked(case: Case, work: str, mem_cap: int) -> dict:
    folder = os.path.join(work, "in")
    db = os.path.join(work, "s.db")
    socks = materialise(case, folder)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            if mem_cap:
                resource.setrlimit(resource.RLIMIT_AS, (mem_cap, mem_cap))
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            ingest_one(folder, db)
        except BaseException:  # noqa: BLE001 - the child reports a crash by its exit code
            code = 3
        os._exit(code)
    return {"case": case, "pid": pid, "started": started, "socks": socks, "folder": folder, "db": db, "work": work}


def poll_forked(job: dict, limit: float) -> dict | None:
    """The result once the child has ended (killed past ``limit`` seconds), else None."""
    wpid, status, rusage = os.wait4(job["pid"], os.WNOHANG)
    killed = False
    if not wpid:
        if time.monotonic() - job["started"] <= limit:
            return None
        os.kill(job["pid"], signal.SIGKILL)
        _, status, rusage = os.wait4(job["pid"], 0)
        killed = True
    secs = time.monotonic() - job["started"]
    for s in job["socks"]:
        s.close()
    case = job["case"]
    out = {"family": case.family, "secs": round(secs, 2), "rss_mb": round(rusage.ru_maxrss / 1024, 1),
           "hang": killed, "crash": (not killed) and os.waitstatus_to_exitcode(status) != 0}
    out.update(check(case, job["folder"], job["db"]) if os.path.exists(job["db"]) else {"silent": True, "lost": len(case.good)})
    shutil.rmtree(job["work"], ignore_errors=True)
    return out


def run_inprocess(case: Case, work: str) -> dict:
    """The test suite's fast path: same checks, no fork (time and memory are not isolated)."""
    folder = os.path.join(work, "in")
    db = os.path.join(work, "s.db")
    socks = materialise(case, folder)
    started = time.monotonic()
    crash = None
    try:
        ingest_one(folder, db)
    except Exception as exc:  # noqa: BLE001 - counted and reported, not hidden
        crash = f"{type(exc).__name__}: {exc}"
    finally:
        for s in socks:
            s.close()
    out = {"family": case.family, "secs": round(time.monotonic() - started, 2), "crash": crash, "hang": False}
    out.update(check(case, folder, db) if os.path.exists(db) else {"silent": True, "lost": len(case.good)})
    return out


def summarise(results: list[dict], wall: float) -> dict:
    fam = Counter(r["family"] for r in results)
    return {
        "inputs": len(results),
        "crashes": sum(bool(r["crash"]) for r in results),
        "hangs": sum(r["hang"] for r in results),
        "silent_drops": sum(r["silent"] for r in results),
        "good_records_lost": sum(r["lost"] for r in results),
        "peak_rss_mb": max((r.get("rss_mb", 0) for r in results), default=0),
        "over_1gb": sum(r.get("rss_mb", 0) > 1024 for r in results),
        "slowest_s": max((r["secs"] for r in results), default=0),
        "families": dict(sorted(fam.items())),
        "wall_s": round(wall, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=60.0, help="seconds per input before it counts as a hang")
    ap.add_argument("--scale", type=float, default=1.0, help="size factor of bombs and big inputs")
    ap.add_argument("--mem-cap-gb", type=float, default=4.0, help="address-space cap per child (protects the box)")
    ap.add_argument("--budget", type=float, default=0, help="stop starting inputs after this many seconds (0: all n)")
    ap.add_argument("--jobs", type=int, default=1, help="inputs ingested at once (one child each)")
    ap.add_argument("--failures", default=None, help="write each failing input's result here (JSON Lines)")
    args = ap.parse_args()

    import storyline.ingest  # noqa: F401 - preload, so every forked child starts warm
    import storyline.service  # noqa: F401
    import trafilatura  # noqa: F401
    import htmldate  # noqa: F401
    import dateparser  # noqa: F401
    from storyline.ingest.html import extract_html

    extract_html("<html><body><p>warm up the extractor with one page of text here.</p></body></html>")
    dateparser.parse("le 3 mars 2024")  # loads its language data once, not in every child
    warm(args.seed)

    results = []
    started = time.monotonic()
    fail_out = open(args.failures, "w") if args.failures else None
    root = tempfile.mkdtemp(prefix="fuzz-ingest-")
    running: list[dict] = []
    cases = generate(args.seed, args.n, args.scale)
    exhausted = False
    try:
        while running or not exhausted:
            while not exhausted and len(running) < args.jobs:
                if args.budget and time.monotonic() - started > args.budget:
                    exhausted = True
                    break
                nxt = next(cases, None)
                if nxt is None:
                    exhausted = True
                    break
                i, case = nxt
                job = start_forked(case, os.path.join(root, str(i)), int(args.mem_cap_gb * 2**30))
                job["i"] = i
                running.append(job)
            for job in list(running):
                r = poll_forked(job, args.limit)
                if r is None:
                    continue
                running.remove(job)
                r["i"] = job["i"]
                results.append(r)
                if fail_out and (r["crash"] or r["hang"] or r["silent"] or r["lost"] or r.get("rss_mb", 0) > 1024
                                 or r["secs"] > 10):
                    fail_out.write(json.dumps(r) + "\n")
                    fail_out.flush()
                if len(results) % 500 == 0:
                    print(json.dumps(summarise(results, time.monotonic() - started)), file=sys.stderr, flush=True)
            time.sleep(0.003)
    finally:
        for job in running:
            os.kill(job["pid"], signal.SIGKILL)
            os.waitpid(job["pid"], 0)
        shutil.rmtree(root, ignore_errors=True)
        if fail_out:
            fail_out.close()
    summary = summarise(results, time.monotonic() - started)
    summary.update({"seed": args.seed, "requested": args.n, "limit_s": args.limit, "scale": args.scale,
                    "jobs": args.jobs})
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
