"""Python string indices on any text: `text[m.start:m.end] == m.text` (property tests)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import finnews

# Finance fragments that make mentions, in several scripts.
FRAGMENTS = [
    "3,220亿元", "上半年", "2024年6月末", "同比增长7.7%", "約5億円", "前年同期比12%増", "令和5年",
    "RMB 398.95 billion", "7.7%", "the end of June", "about 160", "20 consecutive quarters",
    "USD 11.9 billion", "508km2", "October 2016", "FY2023", "2-3 billion yuan", "€ 4.5 million",
    "50 basis points", "Q3 2024", " ", "\n\n", ". ", "，", "。",
    "🇯🇵", "👩\u200d💻", "e\u0301", "Cafe\u0301 12.5%", "₹1.5 crore",
]
# Text around them: CJK, kana, emoji (incl. ZWJ sequences and flags), combining marks.
NOISE = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK ideographs
        st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),  # hiragana, katakana
        st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),  # emoji
        st.characters(min_codepoint=0x0300, max_codepoint=0x036F),  # combining marks
        st.sampled_from(["\u200d", "\ufe0f", "\U00020000", "é", " ", "\n"]),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    ),
    max_size=12,
)
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), NOISE), max_size=14).map("".join)


def check(text: str, a: finnews.Analysis) -> None:
    raw = text.encode("utf-8")
    for item in list(a.mentions) + list(a.blocks) + list(a.sentences):
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
        assert raw[item.byte_start:item.byte_end].decode("utf-8") == item.text
        assert len(text[: item.start].encode("utf-8")) == item.byte_start
        assert len(text[: item.end].encode("utf-8")) == item.byte_end


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_python_indices_slice_the_mention_text(text):
    check(text, finnews.analyze(text, reference_date="2024-07-15"))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_analyzes_and_slices(text):
    check(text, finnews.analyze(text))


@settings(max_examples=30, deadline=None)
@given(st.lists(TEXTS, max_size=8))
def test_batches_slice_too(texts):
    for text, a in zip(texts, finnews.analyze_many(texts, threads=2)):
        check(text, a)


def test_known_cjk_example():
    text = "上半年贷款增加3,220亿元，同比增长7.7%。"
    a = finnews.analyze(text)
    got = [(text[m.start:m.end], m.kind) for m in a.mentions]
    assert ("上半年", "date") in got
    assert ("3,220亿元", "money") in got
    first = a.mentions[0]
    assert (first.start, first.end, first.byte_start, first.byte_end) == (0, 3, 0, 9)
