#!/usr/bin/env python3
"""Turn a fetched mirror of an extraction test corpus into the open set's layout (issue 25).

Usage:
    python3 scripts/devset.py SET GIT_DIR OUT_DIR [--commit REV] [--sample-out DIR --sample-size N]

SET is one of
    readability        mozilla/readability, test/test-pages/*              -> rdb-<dir>
    trafilatura        adbar/trafilatura, tests/cache + tests/evaldata.json -> trf-<file>
    trafilatura-meta   adbar/trafilatura, inline HTML of tests/metadata_tests.py and
                       tests/json_metadata_tests.py with the values asserted -> trfmeta-<test>-<n>
    fundus             flairNLP/fundus, tests/resources/parser/test_data/<country>/ (pages and the
                       expected attributes of each publisher's parser)   -> fnd-<country>-<file>
GIT_DIR is the fetched snapshot (a bare git directory such as /work/.mirror/mozilla+readability/repo);
files are read with `git show REV:path`, nothing in it is run or imported (the Python tests are read
with the ast module). OUT_DIR receives, per page, <id>.html (the page's bytes exactly as the repository
holds them) and <id>.json ({"url", "title", "text", "date", "author", "lang", "source", "domain",
"must_include", "must_exclude"}, null where unknown, plus a few extra keys the scorer ignores), a
urls.tsv (id TAB url), SOURCE.md (repository, commit, licence, what was converted how, counts) and a
copy of the repository's licence (and NOTICE where it has one).

--sample-out DIR writes a fixed sample of the converted set to DIR as well (for a quick check while
working): every k-th page in id order, k = ceil(pages / N), starting with the first; the rule
never looks at scores.

Keep OUT_DIR outside the git repository: the pages belong to their publishers.
Standard library only.
"""
import argparse
import ast
import datetime
import gzip
import html
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urlsplit

FIELDS = ("url", "title", "text", "date", "author", "lang", "source", "domain", "must_include", "must_exclude")


# ---------------------------------------------------------------- git access
class Repo:
    def __init__(self, git_dir, rev):
        self.git_dir = git_dir
        self.commit = self._git("rev-parse", rev + "^{commit}").decode().strip()
        self.commit_date = self._git("show", "-s", "--format=%cI", self.commit).decode().strip()
        self.origin = os.path.basename(os.path.dirname(os.path.abspath(git_dir))).replace("+", "/", 1)

    def _git(self, *args):
        return subprocess.run(["git", "--git-dir=" + self.git_dir, *args], check=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout

    def read(self, path):
        """The blob's bytes, or None when the snapshot lacks it (snapshots drop files of 4 MiB and more)."""
        try:
            return self._git("show", f"{self.commit}:{path}")
        except subprocess.CalledProcessError:
            return None

    def ls(self, path):
        out = self._git("ls-tree", "-z", "--name-only", self.commit, path.rstrip("/") + "/")
        return sorted(p.decode("utf-8") for p in out.split(b"\0") if p)


# ---------------------------------------------------------------- helpers
def collapse(s):
    """Whitespace runs (any Unicode white space, NBSP included) to one space, trimmed; '' and None to None."""
    if s is None:
        return None
    s = " ".join(str(s).split())
    return s or None


def iso_day(s):
    """'2018-04-05T06:00', '2017-11-03 03:01:00.000000', '2024-06-25' -> '2018-04-05' (the day as written,
    no time-zone shift); anything else -> None."""
    if not s:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(s))
    return "-".join(m.groups()) if m else None


def safe_id(s):
    """ASCII id part: accents dropped, anything but letters, digits, '.', '-' and '_' to '-'."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-.")
    return s or "page"


def host(url):
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
         "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
         "tbody", "tfoot", "thead", "tr", "ul"}
SKIP = {"script", "style", "template", "head", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class BlockText(HTMLParser):
    """HTML to text the way the open set's labels look: one line per block (p, li, h1-h6, div, tr, ...),
    <br> ends a line, table cells of a row on one line separated by a space, white space collapsed, empty
    lines dropped, images and their alt text left out, script/style skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0

    def _end_line(self):
        line = " ".join("".join(self.cur).split())
        if line:
            self.lines.append(line)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        elif tag in BLOCK or tag == "br":
            self._end_line()
        elif tag in ("td", "th"):
            self.cur.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK or tag == "br":
            self._end_line()

    def handle_endtag(self, tag):
        if tag in SKIP and tag not in VOID:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self._end_line()
        elif tag in ("td", "th"):
            self.cur.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def text(self):
        self._end_line()
        return "\n".join(self.lines)


def html_to_text(markup):
    p = BlockText()
    p.feed(markup)
    p.close()
    return p.text()


def page(**kw):
    d = {k: None for k in FIELDS}
    d.update(kw)
    return d


# ---------------------------------------------------------------- readability
FAKE_URL = "http://fakehost/test/page.html"
CONSTRUCTED_BELOW = 5000


def convert_readability(repo):
    pages, notes = [], []
    dirs = repo.ls("test/test-pages")
    missing = []
    for path in dirs:
        name = path.rsplit("/", 1)[1]
        src = repo.read(f"{path}/source.html")
        exp = repo.read(f"{path}/expected.html")
        meta_b = repo.read(f"{path}/expected-metadata.json")
        if src is None or exp is None or meta_b is None:
            missing.append(name)
            continue
        meta = json.loads(meta_b.decode("utf-8"))
        d = page(url=FAKE_URL,
                 title=collapse(meta.get("title")),
                 text=html_to_text(exp.decode("utf-8")),
                 date=iso_day(meta.get("publishedTime")),
                 author=collapse(meta.get("byline")),
                 lang=collapse(meta.get("lang")),
                 source="readability",
                 domain=None)
        d["site_name"] = collapse(meta.get("siteName"))
        d["excerpt"] = collapse(meta.get("excerpt"))
        d["published_time_raw"] = meta.get("publishedTime")
        d["readerable"] = meta.get("readerable")
        d["test_page"] = name
        # the suite mixes real pages with hand-made fixtures (one behaviour each); by reading them, a fixture is a
        # source.html under 5,000 bytes or one with lorem ipsum text, and every other page is a real site's page
        d["constructed"] = len(src) < CONSTRUCTED_BELOW or b"lorem ipsum" in src.lower()
        pages.append(("rdb-" + safe_id(name), src, d))
    if missing:
        notes.append(f"Skipped (a file absent from the snapshot): {', '.join(missing)}.")
    how = f"""\
Source: `test/test-pages/<name>/` ({len(dirs)} directories), one page each, id `rdb-<name>`.

- `<id>.html`: `source.html`, its bytes exactly as the repository holds them (the tests read it as UTF-8
  and trim it; nothing is trimmed here).
- `text`: the text of `expected.html` (Readability.js's own output for the page, kept by the project as a
  regression snapshot, not a hand-made gold text), turned into lines the way the open set's labels look:
  one line per block element (p, li, h1-h6, div, blockquote, pre, figure, figcaption, tr, ...), `<br>`
  ends a line, the cells of a table row on one line separated by a space, white space (NBSP included)
  collapsed to one space, empty lines dropped, images (and their alt text) left out.
- `title`, `author`, `lang`: `expected-metadata.json`'s `title`, `byline`, `lang`, with white space
  collapsed and nothing else changed (a byline keeps its "By", job title or date as the label has it);
  a missing, null or empty field is null.
- `date`: `publishedTime`'s day as written (`YYYY-MM-DD`, the first ten characters, no time-zone shift),
  null when absent; the raw value is kept in `published_time_raw`.
- `url`: `{FAKE_URL}` for every page, the address the tests give the parser (the tests use a fake host;
  the page's real address is not recorded), so `domain` is null.
- Extra keys the scorer ignores: `site_name` (`siteName`), `excerpt`, `readerable`, `test_page`, and
  `constructed`: true for the suite's hand-made fixtures (pages testing one behaviour each: a `source.html`
  under {CONSTRUCTED_BELOW:,} bytes or one with lorem ipsum text; checked by reading them), false for real sites'
  pages.
- `must_include` / `must_exclude`: null (the tests have none).
"""
    return pages, how, notes


# ---------------------------------------------------------------- trafilatura, tests/cache
def convert_trafilatura(repo):
    pages, notes = [], []
    evaldata = json.loads(repo.read("tests/evaldata.json").decode("utf-8"))
    by_file = {}
    for url, v in evaldata.items():
        by_file.setdefault(v["file"], []).append((url, v))
    cache = [p.rsplit("/", 1)[1] for p in repo.ls("tests/cache")]
    unlabelled, missing, used_ids = [], [], set()
    for fname in cache:
        if fname not in by_file:
            unlabelled.append(fname)
            continue
        (url, v), = by_file[fname]
        raw = repo.read("tests/cache/" + fname)
        if raw is None:
            missing.append(fname)
            continue
        pid = "trf-" + safe_id(re.sub(r"\.html?$", "", fname))
        while pid in used_ids:
            pid += "_"
        used_ids.add(pid)
        with_ = [s for s in v.get("with") or [] if s and s.strip()]
        without = [s for s in v.get("without") or [] if s and s.strip()]
        d = page(url=url,
                 title=collapse(v.get("title")),
                 # the scorer counts snippets only on pages whose text label is not null: text holds the
                 # must-include snippets, one a line; it is no full text (see text_kind)
                 text="\n".join(with_),
                 date=iso_day(v.get("date")),
                 author=collapse(v.get("author")),
                 lang=None,
                 source="trafilatura-cache",
                 domain=host(url),
                 must_include=with_ or None,
                 must_exclude=without or None)
        d["text_kind"] = "must_include snippets joined; not a full text: read recall and the snippet shares only"
        d["site_name"] = collapse(v.get("sitename"))
        d["source_file"] = "tests/cache/" + fname
        pages.append((pid, raw, d))
    labelled = sum(1 for f in cache if f in by_file)
    if unlabelled:
        notes.append(f"{len(unlabelled)} files of tests/cache have no entry in tests/evaldata.json and are not converted: "
                     + ", ".join(unlabelled) + ".")
    if missing:
        notes.append("Skipped (absent from the snapshot): " + ", ".join(missing) + ".")
    how = f"""\
Source: the {len(cache)} HTML files of `tests/cache/`, and for each the entry of `tests/evaldata.json` (the
annotation file of `tests/evaluate.py` / `tests/eval_gate.py`, keyed by the page's URL) that names it;
{labelled} have one. Id `trf-<file name without .html>` (accents dropped).

- `<id>.html`: the cached file's bytes exactly as the repository holds them.
- `url`: the evaluation file's key (the page's real address); `domain`: its host.
- `must_include` / `must_exclude`: the entry's `with` / `without` snippets, as they are.
- `text`: the `with` snippets joined one a line. The scorer counts snippets only on pages whose `text` label
  is not null, so the label carries them; it is no full text (`text_kind` says so): on this set the text F1,
  precision and sh4 lines mean nothing, token recall is the share of snippet tokens found, and the snippet
  line is the measure.
- `title`, `author`, `date`: the entry's `title`, `author`, `date` where it has them (most cache entries do
  not); an empty string is null; `date` is the day as written.
- `lang`: null (the file has `region`, a country, not a language).
- Extra keys the scorer ignores: `text_kind`, `site_name` (`sitename` where given), `source_file`.
"""
    return pages, how, notes


# ---------------------------------------------------------------- trafilatura, metadata unit tests
META_FILES = ("tests/metadata_tests.py", "tests/json_metadata_tests.py")
META_CALLS = {"extract_metadata", "extract_meta_json", "extract_title"}
SCORED = ("title", "author", "date")
ALLOWED_KW = {"extensive"}  # trafilatura's default is extensive=True; newsroom always searches the whole page


class Unsupported(Exception):
    pass


class MetaTests:
    """Reads a test module with ast (never runs it) and records every assertion of the form
    `<extractor call on an inline HTML string>.<field> == <string>` / `is None`, following plain
    assignments, f-strings built from them, and `for ... in <list>` loops over literal lists."""

    def __init__(self):
        self.records = []        # (file, test, html, call, kwargs, field, expected)
        self.skipped = {}        # reason -> count (assertions on an extractor's result that are not converted)

    def skip(self, reason):
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def ev(self, node, env):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in env:
                return env[node.id]
            raise Unsupported("name " + node.id)
        if isinstance(node, ast.JoinedStr):
            out = []
            for part in node.values:
                if isinstance(part, ast.Constant):
                    out.append(part.value)
                elif isinstance(part, ast.FormattedValue) and part.conversion == -1 and part.format_spec is None:
                    v = self.ev(part.value, env)
                    if not isinstance(v, str):
                        raise Unsupported("f-string value")
                    out.append(v)
                else:
                    raise Unsupported("f-string form")
            return "".join(out)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            a, b = self.ev(node.left, env), self.ev(node.right, env)
            if isinstance(a, str) and isinstance(b, str):
                return a + b
            raise Unsupported("+")
        if isinstance(node, (ast.Tuple, ast.List)):
            return [self.ev(e, env) for e in node.elts]
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
            if name == "fromstring" and len(node.args) == 1:
                v = self.ev(node.args[0], env)
                if isinstance(v, str):
                    return ("TREE", v)
            if name in META_CALLS and node.args:
                first = self.ev(node.args[0], env)
                doc = first[1] if isinstance(first, tuple) and first[0] == "TREE" else first
                if not isinstance(doc, str):
                    raise Unsupported("input is no HTML string")
                kwargs = {}
                for kw in node.keywords:
                    try:
                        kwargs[kw.arg] = self.ev(kw.value, env)
                    except Unsupported:
                        kwargs[kw.arg] = "<expr>"
                return ("META", doc, name, kwargs)
            raise Unsupported("call " + str(name))
        raise Unsupported(type(node).__name__)

    def bind(self, target, value, env):
        if isinstance(target, ast.Name):
            env[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (list, tuple)) \
                and len(target.elts) == len(value) and not (isinstance(value, tuple) and value and value[0] in ("META", "TREE")):
            for t, v in zip(target.elts, value):
                self.bind(t, v, env)
        else:
            raise Unsupported("assignment target")

    def unbind(self, target, env):
        for n in ast.walk(target):
            if isinstance(n, ast.Name):
                env.pop(n.id, None)

    def block(self, stmts, env, where):
        for st in stmts:
            if isinstance(st, ast.Assign):
                try:
                    v = self.ev(st.value, env)
                    for t in st.targets:
                        self.bind(t, v, env)
                except Unsupported:
                    for t in st.targets:
                        self.unbind(t, env)
            elif isinstance(st, ast.For):
                try:
                    items = self.ev(st.iter, env)
                except Unsupported:
                    self.count_asserts(st.body, "loop over a computed value")
                    continue
                for item in items:
                    inner = dict(env)
                    try:
                        self.bind(st.target, item, inner)
                    except Unsupported:
                        self.count_asserts(st.body, "loop over a computed value")
                        break
                    self.block(st.body, inner, where)
            elif isinstance(st, ast.Assert):
                self.assertion(st.test, env, where)
            elif isinstance(st, (ast.If, ast.With, ast.Try)):
                self.count_asserts([st], "assertion under a condition or context")

    def count_asserts(self, stmts, reason):
        for st in stmts:
            for n in ast.walk(st):
                if isinstance(n, ast.Assert) and "metadata" in ast.dump(n):
                    self.skip(reason)

    def assertion(self, test, env, where):
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Attribute)):
            if "metadata" in ast.dump(test) or any(c in ast.dump(test) for c in META_CALLS):
                self.skip("not an equality on one field (in, startswith, len, tuple, ...)")
            return
        field, obj = test.left.attr, test.left.value
        try:
            result = self.ev(obj, env)
        except Unsupported as e:
            self.skip("result of an unsupported call or of a non-HTML input (" + str(e).split(" ")[0] + ")")
            return
        if not (isinstance(result, tuple) and result[0] == "META"):
            self.skip("result of an unsupported call or of a non-HTML input")
            return
        op = test.ops[0]
        try:
            expected = self.ev(test.comparators[0], env)
        except Unsupported:
            self.skip("expected value not a literal")
            return
        if isinstance(op, ast.Is) and expected is None:
            pass
        elif not (isinstance(op, ast.Eq) and (isinstance(expected, str) or expected is None)):
            self.skip("not an equality on one field (in, startswith, len, tuple, ...)")
            return
        _, doc, call, kwargs = result
        if set(kwargs) - ALLOWED_KW:
            self.skip("a non-default option (" + ", ".join(sorted(set(kwargs) - ALLOWED_KW)) + ")")
            return
        if field not in SCORED:
            self.skip(f"field not in the layout ({field})")
            return
        self.records.append((where[0], where[1], doc, call, kwargs, field, expected))

    def run(self, fname, source):
        tree = ast.parse(source)
        for fn in tree.body:
            if isinstance(fn, ast.FunctionDef) and fn.name.startswith("test"):
                self.block(fn.body, {}, (fname, fn.name))


def utf8(s):
    """UTF-8 bytes of a test string; surrogate pairs that a non-raw Python literal made of a JSON escape such as
    \\ud83c\\udde7 are joined into their character first, a lone surrogate becomes U+FFFD."""
    s = s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return s.encode("utf-8", "replace")


def convert_trafilatura_meta(repo):
    mt = MetaTests()
    for f in META_FILES:
        src = repo.read(f)
        if src is None:
            continue
        mt.run(f, src.decode("utf-8"))
    # one page per distinct (HTML, call); conflicting expectations for a field drop that field
    groups = {}
    for fname, test, doc, call, kwargs, field, expected in mt.records:
        g = groups.setdefault((doc, call), {"file": fname, "test": test, "fields": {}, "kwargs": set()})
        g["fields"].setdefault(field, set()).add(expected)
        if kwargs:
            g["kwargs"].add(json.dumps(kwargs, sort_keys=True))
    pages, conflicts, per_test = [], 0, {}
    for (doc, call), g in groups.items():
        n = per_test.get(g["test"], 0) + 1
        per_test[g["test"]] = n
        pid = f"trfmeta-{g['test'].removeprefix('test_').replace('_', '-')}-{n:02d}"
        d = page(url=None, lang=None, source="trafilatura-meta")
        expect_null = []
        for field, values in sorted(g["fields"].items()):
            if len(values) > 1:
                conflicts += 1
                continue
            v = next(iter(values))
            if v is None:
                expect_null.append(field)
            else:
                d[field] = v
        d["expect_null"] = expect_null or None
        d["test"] = f"{g['file']}::{g['test']}"
        d["call"] = call
        if g["kwargs"]:
            d["options"] = sorted(g["kwargs"])
        pages.append((pid, utf8(doc), d))
    total_asserts = len(mt.records) + sum(mt.skipped.values())
    scored_pages = sum(1 for _, _, d in pages if any(d[f] for f in SCORED))
    skipped = "\n".join(f"  - {r}: {n}" for r, n in sorted(mt.skipped.items(), key=lambda x: -x[1]))
    how = f"""\
Source: `{'`, `'.join(META_FILES)}`, read with Python's ast module (never run). Every assertion on the result
of `extract_metadata(html)`, `extract_meta_json(html.fromstring(html), ...)` or
`extract_title(html.fromstring(html))` whose input is an inline HTML string (literal, f-string over literal
variables, or an item of a literal list walked by a `for` loop) and whose check is `.title/.author/.date ==
"literal"` or `is None` is converted. One page per distinct HTML string and call, id
`trfmeta-<test name>-<nn>`.

- `<id>.html`: the test's HTML string encoded as UTF-8 (the tests hold text, not bytes).
- `title`, `author`, `date`: the asserted value, as the test writes it (authors are "; "-separated);
  an assertion `is None` / `== None` goes to the extra key `expect_null` (the scorer only scores non-null
  labels, so these pages score nothing today); two different expectations for one field drop it.
- `url`, `domain`, `lang`, `text`, `must_include`, `must_exclude`: null.
- Extra keys: `test` (file::function), `call` (which trafilatura function the assertion was made on:
  `extract_meta_json` looks at JSON-LD only, `extract_title` at the title fallbacks only), `options`
  (trafilatura options the call passed; only `extensive`, the date search's depth, is accepted),
  `expect_null`.

Share converted: {len(mt.records)} of {total_asserts} assertions on an extractor's result
({100 * len(mt.records) / max(1, total_asserts):.0f} %) gave {len(pages)} pages ({scored_pages} with a non-null title, author or date
label; {conflicts} field(s) dropped for conflicting expectations). Not converted:
{skipped}
"""
    return pages, how, []


# ---------------------------------------------------------------- output
# ---------------------------------------------------------------- fundus, per-publisher parser tests
FUNDUS_DATA = "tests/resources/parser/test_data"


def fundus_text(body):
    """The article body as fundus's parser gives it: summary, then each section's headline and paragraphs, a line
    each."""
    if not body:
        return None
    lines = list(body.get("summary") or [])
    for sec in body.get("sections") or []:
        lines += list(sec.get("headline") or []) + list(sec.get("paragraphs") or [])
    lines = [collapse(x) for x in lines]
    return "\n".join(x for x in lines if x) or None


def convert_fundus(repo):
    pages, notes = [], []
    skipped, publishers = [], 0
    groups = [g for g in repo.ls(FUNDUS_DATA) if not g.endswith(".py")]
    for group in groups:
        files = [f.rsplit("/", 1)[1] for f in repo.ls(group)]
        meta = json.loads(repo.read(group + "/meta.info").decode("utf-8")) if "meta.info" in files else {}
        cc = group.rsplit("/", 1)[1]
        for jf in sorted(f for f in files if f.endswith(".json")):
            publisher = jf[:-len(".json")]
            publishers += 1
            htmls = sorted(f for f in files
                           if re.fullmatch(re.escape(publisher) + r"_\d{4}_\d{2}_\d{2}\.html\.gz", f))
            cases = json.loads(repo.read(group + "/" + jf).decode("utf-8"))
            versions = list(cases.keys())
            # fundus maps each file to the parser version of its crawl date, one file per version, in time order
            # (tests/utility.py, load_html_test_file_mapping): with as many files as versions, the i-th file is the
            # i-th version's case
            if len(htmls) != len(versions):
                skipped.append(f"{cc}/{publisher} ({len(htmls)} files, {len(versions)} versions)")
                continue
            for fname, version in zip(htmls, versions):
                raw = repo.read(group + "/" + fname)
                if raw is None:
                    skipped.append(f"{cc}/{fname} (absent from the snapshot)")
                    continue
                raw = gzip.decompress(raw)
                case = cases[version]
                url = (meta.get(fname) or {}).get("url")
                authors = [collapse(a) for a in case.get("authors") or [] if collapse(a)]
                d = page(url=url,
                         title=collapse(case.get("title")),
                         text=fundus_text(case.get("body")),
                         date=iso_day(case.get("publishing_date")),
                         author=", ".join(authors) or None,
                         lang=None,
                         source="fundus",
                         domain=host(url) if url else None)
                d["country"] = cc
                d["publisher"] = publisher
                d["parser_version"] = version
                d["publishing_date_raw"] = case.get("publishing_date")
                d["crawl_date"] = (meta.get(fname) or {}).get("crawl_date")
                pages.append(("fnd-" + safe_id(cc + "-" + fname[:-len(".html.gz")]), raw, d))
    if skipped:
        notes.append(f"Not converted ({len(skipped)}): " + "; ".join(skipped) + ".")
    how = f"""\
Source: `{FUNDUS_DATA}/<country>/`, {publishers} publishers: for each, `<Publisher>.json` (the expected
attributes of each parser version, `V1`, `V1_1`, ...) and `<Publisher>_<YYYY_MM_DD>.html.gz` (a page crawled that
day). Fundus's tests map each file to the parser version of its crawl date, one file per version
(`tests/utility.py`); here, a publisher with as many files as versions gives its i-th file (by date) the i-th
version's expected values; others are left out (see Notes). Id `fnd-<country>-<file name>`.

- `<id>.html`: the file, decompressed (bytes as the publisher served them).
- `url`: the page's address from `meta.info`; `domain`: its host.
- `title`: the expected `title` (the headline, as fundus's parser for the site takes it), white space collapsed.
- `author`: the expected `authors` joined with ", " (as fundus gives them: people, or the publisher where the site
  names no one); null when empty.
- `date`: `publishing_date`'s day as written (in its own time zone), null when absent.
- `text`: the expected `body`: summary, then each section's headlines and paragraphs, a line each (fundus's
  article text, without captions, bylines or related links).
- `lang`: null (the set is grouped by country, not language).
- Extra keys the scorer ignores: `country`, `publisher`, `parser_version`, `publishing_date_raw`, `crawl_date`.

The expected values are the output of fundus's hand-written per-site parsers, checked by their authors when
the test case was made: one reading per site, not an independent annotation.
"""
    return pages, how, notes


LICENCES = {"readability": "Apache-2.0", "trafilatura": "Apache-2.0", "trafilatura-meta": "Apache-2.0",
            "fundus": "MIT"}
LICENCE_FILES = {"readability": ["LICENSE.md", "NOTICE"], "trafilatura": ["LICENSE"],
                 "trafilatura-meta": ["LICENSE"], "fundus": ["LICENSE"]}


def write_set(out, pages, repo, how, notes, licence, licence_files, cmdline, title):
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith((".html", ".json")) or f in ("urls.tsv", "SOURCE.md"):
            os.remove(os.path.join(out, f))
    pages = sorted(pages, key=lambda p: p[0])
    with open(os.path.join(out, "urls.tsv"), "w", encoding="utf-8") as urls:
        for pid, raw, d in pages:
            with open(os.path.join(out, pid + ".html"), "wb") as f:
                f.write(raw)
            with open(os.path.join(out, pid + ".json"), "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False, indent=1)
                f.write("\n")
            if d.get("url"):
                urls.write(f"{pid}\t{d['url']}\n")
    lic_lines = []
    for lf in licence_files:
        b = repo.read(lf)
        if b is not None:
            with open(os.path.join(out, os.path.basename(lf)), "wb") as f:
                f.write(b)
            lic_lines.append(lf)
    counts = {f: sum(1 for _, _, d in pages if d.get(f)) for f in ("title", "text", "date", "author", "lang",
                                                                    "must_include", "must_exclude")}
    size = sum(len(raw) for _, raw, _ in pages)
    with open(os.path.join(out, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write(f"""# {title}

- Repository: https://github.com/{repo.origin}
- Commit: `{repo.commit}` ({repo.commit_date})
- Licence: {licence} (the repository's `{'`, `'.join(lic_lines)}`, copied here). The pages belong to their
  publishers; the repository ships them for testing, and they are kept here as it ships them.
- Converted {datetime.date.today().isoformat()} with `{cmdline}`
  (newsroom `scripts/devset.py`).
- Pages: {len(pages)} ({size / 1e6:.1f} MB of HTML). Labels present (non-null, non-empty): """
                + ", ".join(f"{k} {v}" for k, v in counts.items()) + "\n\n")
        f.write("## How\n\n" + how + "\n")
        if notes:
            f.write("## Notes\n\n" + "\n".join("- " + n for n in notes) + "\n")
    return pages, counts, size


def write_sample(sample_out, pages, n, src_out, licence_files):
    k = max(1, math.ceil(len(pages) / n))
    chosen = pages[::k][:n]
    os.makedirs(sample_out, exist_ok=True)
    for f in os.listdir(sample_out):
        if f.endswith((".html", ".json")) or f == "urls.tsv":
            os.remove(os.path.join(sample_out, f))
    with open(os.path.join(sample_out, "urls.tsv"), "w", encoding="utf-8") as urls:
        for pid, raw, d in chosen:
            for ext in (".html", ".json"):
                with open(os.path.join(src_out, pid + ext), "rb") as a, open(os.path.join(sample_out, pid + ext), "wb") as b:
                    b.write(a.read())
            if d.get("url"):
                urls.write(f"{pid}\t{d['url']}\n")
    for lf in licence_files:
        p = os.path.join(src_out, os.path.basename(lf))
        if os.path.exists(p):
            with open(p, "rb") as a, open(os.path.join(sample_out, os.path.basename(lf)), "wb") as b:
                b.write(a.read())
    return k, chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", choices=["readability", "trafilatura", "trafilatura-meta", "fundus"])
    ap.add_argument("git_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--sample-out")
    ap.add_argument("--sample-size", type=int, default=30)
    a = ap.parse_args()
    repo = Repo(a.git_dir, a.commit)
    conv = {"readability": (convert_readability, "Readability test pages in the open set's layout"),
            "trafilatura": (convert_trafilatura, "Trafilatura's cached evaluation pages in the open set's layout"),
            "trafilatura-meta": (convert_trafilatura_meta, "Trafilatura's metadata unit tests as pages"),
            "fundus": (convert_fundus, "Fundus's per-publisher parser test pages in the open set's layout")}[a.set]
    pages, how, notes = conv[0](repo)
    cmdline = "python3 scripts/devset.py " + " ".join(sys.argv[1:])
    pages, counts, size = write_set(a.out_dir, pages, repo, how, notes, LICENCES[a.set], LICENCE_FILES[a.set], cmdline,
                                     conv[1])
    print(f"{a.set}: {len(pages)} pages ({size / 1e6:.1f} MB) from {repo.origin}@{repo.commit[:12]} to {a.out_dir}; "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for n in notes:
        print("  note: " + n)
    if a.sample_out:
        k, chosen = write_sample(a.sample_out, pages, a.sample_size, a.out_dir, LICENCE_FILES[a.set])
        sz = sum(len(raw) for _, raw, _ in chosen)
        print(f"  sample: every {k}th page from the first, {len(chosen)} pages ({sz / 1e6:.1f} MB) to {a.sample_out}")


if __name__ == "__main__":
    main()
