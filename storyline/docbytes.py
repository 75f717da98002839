"""An article's parse as bytes: spaCy's DocBin format, written and read without its per-call costs.

The bytes are exactly what ``DocBin(docs=[doc], store_user_data=False).to_bytes()`` gives and are
read back as ``DocBin().from_bytes(data).get_docs(vocab)`` reads them (tests/test_docbytes.py
compares both ways), so stored parses stay readable by plain spaCy. What is saved (measured on the
772 ECB+ articles, one parse each written once and read twice):

- ``DocBin.add`` collects the strings a parse uses by walking every token in Python (nine string
  attributes per token); here they are read from the attribute array, one lookup per distinct value.
- srsly's msgpack ``dumps``/``loads`` look every registered encoder and decoder up again on each
  call (catalogue scans the installed packages' entry points each time); here they are looked up
  once per process. A package that registers a msgpack extension after the first parse was
  written is not seen (none does: spaCy's parses hold bytes, strings and lists only).
- Lineage reads a parse only for its entities: :func:`doc_entities` reads them from the arrays
  instead of building a ``Doc`` (and a lexeme for every string of it in a fresh vocabulary).
"""

from __future__ import annotations

import functools
import zlib
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Token attributes whose values are strings of the vocabulary: what DocBin.add keeps the strings of
# (token.text, tag_, lemma_, norm_, str(morph), dep_, ent_type_, ent_kb_id_, ent_id_).
_STRING_ATTRS = ("ORTH", "TAG", "LEMMA", "NORM", "MORPH", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")


@functools.lru_cache(maxsize=1)
def _layout() -> tuple[list[int], list[int]]:
    """DocBin's default attribute columns (ORTH first, then the rest sorted, as it orders them)
    and the columns whose values are strings."""
    from spacy.attrs import IDS, ORTH, SPACY
    from spacy.tokens._serialize import ALL_ATTRS

    attrs = sorted(IDS[a] for a in ALL_ATTRS)
    attrs = [ORTH] + [a for a in attrs if a not in (ORTH, SPACY)]
    return attrs, [IDS[a] for a in _STRING_ATTRS]


@functools.lru_cache(maxsize=1)
def _hooks() -> tuple[Any, Any]:
    """srsly's msgpack encoder and decoder chains, built as srsly builds them on every call."""
    from srsly import msgpack

    default = None
    for encoder in msgpack.msgpack_encoders.get_all().values():
        default = functools.partial(encoder, chain=default)
    hook = None
    for decoder in msgpack.msgpack_decoders.get_all().values():
        hook = functools.partial(decoder, chain=hook)
    return default, hook


def _dumps(msg: Any) -> bytes:
    from srsly.msgpack import _Packer

    return _Packer(default=_hooks()[0], use_bin_type=True).pack(msg)


def _loads(data: bytes) -> Any:
    from srsly.msgpack import _unpackb

    return _unpackb(data, raw=False, use_list=True, object_hook=_hooks()[1])


def doc_to_bytes(doc: "Doc") -> bytes:
    """``DocBin(docs=[doc], store_user_data=False).to_bytes()``, byte for byte."""
    from spacy.attrs import SPACY

    attrs, string_cols = _layout()
    if doc.spans:  # span groups carry strings of their own: DocBin itself collects them
        from spacy.tokens import DocBin

        return DocBin(docs=[doc], store_user_data=False).to_bytes()
    tokens = doc.to_array(attrs).reshape(len(doc), len(attrs))
    spaces = np.asarray(doc.to_array(SPACY), dtype=bool).reshape(-1, 1)
    lookup = doc.vocab.strings
    morph = attrs.index(string_cols[_STRING_ATTRS.index("MORPH")])
    columns = [attrs.index(a) for a in string_cols if attrs.index(a) != morph]
    strings = {lookup[int(h)] for h in np.unique(tokens[:, columns]).tolist()}
    # str(token.morph) writes the empty analysis ("_" in the vocabulary) as "".
    empty = doc.vocab.morphology.EMPTY_MORPH
    strings.update("" if m == empty else m for m in (lookup[int(h)] for h in np.unique(tokens[:, morph]).tolist()))
    msg = {
        "version": "0.1",
        "attrs": attrs,
        "tokens": tokens.tobytes("C"),
        "spaces": spaces.tobytes("C"),
        "lengths": np.asarray([len(doc)], dtype="int32").tobytes("C"),
        "strings": sorted(strings),
        "cats": [doc.cats],
        "flags": [{"has_unknown_spaces": doc.has_unknown_spaces}],
        "span_groups": [doc.spans.to_bytes()],
    }
    return zlib.compress(_dumps(msg))


def _message(data: bytes) -> dict[str, Any]:
    try:
        return _loads(zlib.decompress(data))
    except zlib.error as exc:
        raise ValueError(f"not a stored parse (DocBin bytes): {exc}") from exc


def doc_from_bytes(data: bytes, vocab: "Vocab") -> "Doc":
    """The one parse of ``data`` (from :func:`doc_to_bytes` or DocBin), as ``DocBin().from_bytes(data)
    .get_docs(vocab)`` gives it."""
    from spacy.attrs import ORTH
    from spacy.tokens import Doc
    from spacy.tokens._dict_proxies import SpanGroups

    msg = _message(data)
    attrs = msg["attrs"]
    lengths = np.frombuffer(msg["lengths"], dtype="int32")
    if len(lengths) != 1:
        raise ValueError(f"a stored parse holds {len(lengths)} documents, not one")
    for string in set(msg["strings"]):
        vocab[string]  # as DocBin.get_docs: every string of the parse in the vocabulary
    tokens = np.frombuffer(msg["tokens"], dtype="uint64").reshape(-1, len(attrs))
    spaces: np.ndarray | None = np.frombuffer(msg["spaces"], dtype=bool).reshape(-1, 1)
    flags = msg.get("flags", [{}])[0]
    if flags.get("has_unknown_spaces"):
        spaces = None
    doc = Doc(vocab, words=tokens[:, attrs.index(ORTH)], spaces=spaces)  # type: ignore[arg-type]
    doc = doc.from_array(attrs, tokens)
    doc.cats = msg["cats"][0]
    groups = msg.get("span_groups", [b""])[0]
    if groups and groups != SpanGroups._EMPTY_BYTES:
        doc.spans.from_bytes(groups)
    else:
        doc.spans.clear()
    user_data = msg.get("user_data", [None])[0]
    if user_data is not None:
        import srsly

        doc.user_data.update(srsly.msgpack_loads(user_data, use_list=False))
    return doc


def doc_entities(data: bytes) -> tuple[tuple[int, int, str], ...]:
    """``(e.start_char, e.end_char, e.label_)`` of each entity of the stored parse, as ``Doc.ents``
    reads them (token IOB codes: 3 begins an entity, 1 continues it, 2 and 0 are outside; a begin
    without a type and an empty label are no entity), without building the ``Doc``."""
    from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH
    from spacy.strings import StringStore

    msg = _message(data)
    attrs = msg["attrs"]
    if msg.get("flags", [{}])[0].get("has_unknown_spaces"):
        from spacy.vocab import Vocab

        return tuple((e.start_char, e.end_char, e.label_) for e in doc_from_bytes(data, Vocab()).ents)
    tokens = np.frombuffer(msg["tokens"], dtype="uint64").reshape(-1, len(attrs))
    if not len(tokens):
        return ()
    iob = tokens[:, attrs.index(ENT_IOB)].tolist()
    kind = tokens[:, attrs.index(ENT_TYPE)].tolist()
    strings = StringStore(msg["strings"])
    # Character offsets as Doc(words, spaces) sets them: each token after the previous one and its space.
    orth, inverse = np.unique(tokens[:, attrs.index(ORTH)], return_inverse=True)
    size = np.array([len(strings[int(h)]) for h in orth.tolist()], dtype=np.int64)[inverse.reshape(-1)]
    spaces = np.frombuffer(msg["spaces"], dtype=bool).astype(np.int64)
    idx = np.zeros(len(size), dtype=np.int64)
    np.cumsum((size + spaces)[:-1], out=idx[1:])
    idx_list, size_list = idx.tolist(), size.tolist()
    found: list[tuple[int, int, int]] = []  # token start, token end, label
    start, label = -1, 0
    for i, (code, typ) in enumerate(zip(iob, kind)):
        if code == 1:
            if start == -1:
                raise ValueError(f"stored parse: token {i} continues an entity none began")
        elif code in (0, 2) or (code == 3 and typ == 0):
            if start != -1:
                found.append((start, i, label))
            start, label = -1, 0
        elif code == 3:
            if start != -1:
                found.append((start, i, label))
            start, label = i, typ
    if start != -1:
        found.append((start, len(iob), label))
    out = []
    for s, e, lab in found:
        name = strings[lab]
        if name != "":
            out.append((idx_list[s], idx_list[e - 1] + size_list[e - 1], name))
    return tuple(out)
