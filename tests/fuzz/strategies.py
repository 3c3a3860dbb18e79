"""Hypothesis strategies for hostile articles: odd Unicode, control characters, mixed scripts, very long
tokens and lines, unbalanced and nested quotes, broken HTML and hostile feeds. Shared by the property
tests and by benchmarks/fuzz_articles.py."""

from __future__ import annotations

import json

from hypothesis import strategies as st

QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "`", "\u201e"]
WORDS = ["the", "army", "said", "on", "Monday", "troops", "Russia", "Kyiv", "killed", "12", "people", "according",
         "to", "officials", "denied", "reports", "Seoul", "summoned", "envoy", "in", "March", "2024", "yesterday",
         "about", "300", "civilians", "\u0627\u0644\u062c\u064a\u0634", "\u0432\u043e\u0439\u0441\u043a\u0430",
         "\u519b\u961f", "\u0938\u0947\u0928\u093e", "\U0001f4a3", "U.S.", "Mr.", "--", "\u2014", "(", ")", ",", "."]

odd_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
control = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x9f), min_size=1, max_size=20)
quote_run = st.builds(lambda q, n: q * n, st.sampled_from(QUOTES), st.integers(1, 3000))
long_token = st.builds(lambda c, n: c * n, st.sampled_from(["x", "=", "/", "\u00e9", "\u0627", "-"]),
                       st.integers(100, 20_000))
word_salad = st.lists(st.sampled_from(WORDS + QUOTES), min_size=1, max_size=200).map(" ".join)
separators = st.sampled_from([" ", "\n", "\n\n", "\t", "\r\n", "\u2028", "\u00a0", "", "\x0c"])

pieces = st.one_of(odd_text, control, quote_run, long_token, word_salad, word_salad, word_salad)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """An article body: a headline-ish line then pieces joined by odd separators."""
    parts = draw(st.lists(pieces, min_size=1, max_size=8))
    seps = draw(st.lists(separators, min_size=len(parts), max_size=len(parts)))
    return draw(word_salad) + "\n\n" + "".join(p + s for p, s in zip(parts, seps, strict=True))


@st.composite
def broken_html(draw: st.DrawFn) -> str:
    body = draw(articles())
    tags = draw(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<b>", "</i>", "<script>", "<!--", "<![CDATA[",
                                          "<title>", "<a href='javascript:x'>", "&amp;", "&#xffff;", "&bogus;",
                                          "<br/>", "<html", "</body>"]), max_size=12))
    cut = draw(st.integers(0, len(body)))
    return "<html><head><title>" + draw(word_salad)[:80] + "</title></head><body>" + "".join(tags) + \
        body[:cut] + "<p>" + body[cut:]


@st.composite
def hostile_feeds(draw: st.DrawFn) -> str:
    entries = []
    for _ in range(draw(st.integers(0, 3))):
        link = draw(st.sampled_from(["file:///etc/passwd", "http://127.0.0.1/x", "javascript:alert(1)", "",
                                     "https://example.org/a"]))
        text = draw(articles()).replace("]]>", "")
        entries.append(f"<item><title>{draw(word_salad)[:60]}</title><link>{link}</link>"
                       f"<description><![CDATA[{text}]]></description><pubDate>{draw(odd_text)[:30]}</pubDate></item>")
    head = draw(st.sampled_from(['<?xml version="1.0"?>', "", '<?xml version="1.0" encoding="latin-1"?>']))
    tail = draw(st.sampled_from(["</channel></rss>", "</channel>", ""]))
    return f"{head}<rss version=\"2.0\"><channel><title>Wire</title>{''.join(entries)}{tail}"


@st.composite
def jsonl_dumps(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            published = draw(st.sampled_from(["2024-10-21", "yesterday", "", "2024-13-45"]))
            lines.append(json.dumps({"title": draw(word_salad)[:80], "text": draw(articles()), "published": published}))
        else:
            lines.append(draw(odd_text).replace("\n", " "))
    return "\n".join(lines)
