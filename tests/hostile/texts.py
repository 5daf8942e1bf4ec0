"""Hostile strings pushed through every place user text reaches (docs/hostile-input.md)."""

from __future__ import annotations

MARKUP = '<b>gras</b> R&D <a href="http://evil.example">lien</a> <img src="x.png"/> &amp; <br/>'
CONTROLS = "c" + "".join(chr(code) for code in range(0x20) if chr(code) not in "\n") + "\x7f\x85"
BIDI = "abc\u202edcba\u202c \u2066iso\u2069 \u200fRTL\u061c"
ZERO_WIDTH = "zéro\u200blargeur\u200c\u200d\ufeff"
EMOJI = "Famille 👩\u200d👩\u200d👧\u200d👦 🇫🇷 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
LONG = "L" * 10_000  # one unbreakable 10 000-character word
LONG_WORDS = ("mot " * 2_500).strip()
SURROGATES = "a\ud800b\udfffc"  # Python holds lone surrogates; UTF-8 cannot encode them

#: name → hostile text, for parametrised tests (ids stay readable).
HOSTILE: dict[str, str] = {
    "markup": MARKUP, "controls": CONTROLS, "bidi": BIDI, "zero_width": ZERO_WIDTH,
    "emoji": EMOJI, "long": LONG, "long_words": LONG_WORDS,
}
#: Every kind at once, as a user pasting garbage would produce it.
EVERYTHING = " | ".join(HOSTILE.values())
