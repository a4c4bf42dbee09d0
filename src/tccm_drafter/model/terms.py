"""The terms a question and a paragraph are compared by when the library suggests answers.

One rule for the paragraphs (when the library index is made) and the questions (when it is
asked): words lower-cased, without the words every text or every question uses (below), and
cut to their stem with the Snowball stemmer of the text's language, so "strengthening" in a
question meets "strengthen" in a paragraph and "financement" meets "financer". English,
French, Spanish, Russian and Arabic have a stemmer; other languages keep whole words.
Chinese and Japanese have no spaces between words: their text is cut into overlapping pairs
of characters (互联网治理 gives 互联, 联网, 网治, 治理), which finds two-character words without
a dictionary. Each term is then keyed by its language (:func:`keyed`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from tccm_drafter.model.search_text import CJK, WORD

#: The Snowball stemmer for each language's primary subtag.
STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}
#: Stems remembered per analyser, so a word is stemmed once per index build.
MEMORY = 200_000
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_CJK_RUN = re.compile(CJK.pattern.strip("()") + "+")
_HYPHENATED = re.compile(r"\b([^\W\d_]{2,})-([^\W\d_]{2,})\b")

# Words every text uses, and the words questions are asked with ("please describe your
# views"): they say nothing about what a question is about.
_STOP = {
    "en": """a about above after again against all also am an and any are as at be because
        been before being below between both but by can could did do does doing down during
        each few for from further had has have having here how i if in into is it its itself
        just may me more most must my no nor not of off on once only or other our ours out
        over own same shall should so some such than that the their theirs them then there
        these they this those through to too under until up upon very was we were what when
        where which while who whom why will with within would you your yours
        describe description elaborate explain identify indicate list outline please provide
        share specific specifically suggest suggestions view views comment comments input
        inputs opinion think regard regarding respect example examples including include
        particular way ways kind kinds key main new current opportunity opportunities
        challenge challenges better increase aspect aspects element elements approach
        approaches role roles consider considered taking take ensure best practice
        practices""",
    "fr": """a au aux avec ce ces cette dans de des du elle en et il ils je la le les leur
        leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que
        quel quelle quelles quels qui sa sans se ses son sont sur ta te tes toi ton tu un une
        vos votre vous y été être avoir est sont comment pourquoi quoi veuillez décrire
        partager indiquer préciser expliquer exemple exemples avis vues""",
    "es": """a al algo como con de del desde donde el ella ellas ellos en entre es esa ese
        esta este estos esas esos fue ha han hay la las le les lo los más me mi mis no nos
        nuestra nuestro o para pero por que qué quien se ser sin sobre su sus también te tu
        un una uno unos unas y ya cómo cuál cuáles describa describir indique explique
        comparta ejemplo ejemplos opinión""",
    "ru": """а без более бы был была были было быть в вам вас весь во вот все всего всех вы
        где да для до его ее её если есть еще ещё же за здесь и из или им их к как какие
        каким какой ко когда кто ли либо мы на над не него нее неё нет ни них но о об однако
        он она они оно от по под при с со так также такой там те тем то того тоже той только
        том ты у уже чем что чтобы эта эти это этой этом я опишите укажите поясните""",
    "ar": """في من إلى على عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم أن إن كان كانت
        ما لا لم لن قد كل أو ثم أي بين حول كيف ماذا لماذا متى هل يرجى""",
}
STOP_WORDS = {language: frozenset(words.split()) for language, words in _STOP.items()}

#: The names calls write out in full or abbreviate: a text with the full name also gets the
#: abbreviation as a term, so "Internet exchange points" and "IXPs" meet.
ABBREVIATIONS = {
    "en": {
        "igf": "internet governance forum",
        "gdc": "global digital compact",
        "wsis": "world summit on the information society",
        "ixp": "internet exchange point",
        "mag": "multistakeholder advisory group",
        "nri": "national and regional initiatives",
        "ai": "artificial intelligence",
        "sdg": "sustainable development goals",
        "itu": "international telecommunication union",
        "cstd": "commission on science and technology for development",
        "ott": "over the top",
    },
}


def primary(tag: str) -> str:
    return tag.replace("_", "-").split("-", 1)[0].strip().casefold()


def keyed(terms: list[str], language: str) -> list[str]:
    """Terms as the ranking compares them: each with its text's language ("en_secur"). A
    question is compared with the paragraphs of its own language, and how rare a word is
    is counted among those only: a French translation that shares a stem with English
    ("sécurité" and "security" both give "secur") is no second English paragraph on the
    subject, and does not make the word look common."""
    prefix = primary(language) + "_"
    return [prefix + term for term in terms]


class Analyzer:
    """Turns texts into terms, remembering the stem of each word it has seen."""

    def __init__(self) -> None:
        self._stems: dict[str, dict[str, str]] = {}
        self._stemmers: dict[str, Callable[[str], str]] = {}

    def terms(self, text: str, language: str) -> list[str]:
        """The terms of ``text`` written in ``language`` (a tag such as ``en-GB``)."""
        lang = primary(language)
        text = text.casefold()
        cjk = False
        if not text.isascii():
            text = unicodedata.normalize("NFC", _ARABIC_MARKS.sub("", text))
            cjk = CJK.search(text) is not None
        stop = STOP_WORDS.get(lang, frozenset())
        stems = self._stems.setdefault(lang, {})
        found = [short for short, name in ABBREVIATIONS.get(lang, {}).items() if name in text]
        # "multi-stakeholder" is also the word "multistakeholder" (as other texts write it).
        words = [a + b for a, b in _HYPHENATED.findall(text)]
        words += [word for word in WORD.findall(text) if word not in stop]
        if cjk:
            found += [t for word in words for t in self._cjk_or_stem(lang, word, stems)]
            return found
        found += [stems.get(word) or self._learn(lang, word, stems) for word in words]
        return found

    def _cjk_or_stem(self, lang: str, word: str, stems: dict[str, str]) -> list[str]:
        if CJK.search(word):
            return _cjk_terms(word)
        return [stems.get(word) or self._learn(lang, word, stems)]

    def _learn(self, lang: str, word: str, stems: dict[str, str]) -> str:
        stem = self._stem(lang, word)
        if len(stems) < MEMORY:
            stems[word] = stem
        return stem

    def _stem(self, lang: str, word: str) -> str:
        stemmer = self._stemmers.get(lang)
        if stemmer is None:
            algorithm = STEMMERS.get(lang)
            if algorithm:
                import snowballstemmer  # its 36 languages take a while to import: on first use

                stemmer = snowballstemmer.stemmer(algorithm).stemWord
            else:
                stemmer = str
            self._stemmers[lang] = stemmer
        stem = stemmer(word)
        if stem.isascii():
            return stem
        # Accents do not count (after stemming: the stemmers know their language's accents).
        decomposed = unicodedata.normalize("NFKD", stem)
        return "".join(c for c in decomposed if not unicodedata.combining(c)) or stem


def _cjk_terms(word: str) -> list[str]:
    """Overlapping character pairs of each run of CJK characters; other letters whole."""
    found: list[str] = []
    last = 0
    for run in _CJK_RUN.finditer(word):
        if run.start() > last:
            found.append(word[last : run.start()])
        chars = run.group()
        found += [chars] if len(chars) == 1 else [chars[i : i + 2] for i in range(len(chars) - 1)]
        last = run.end()
    if last < len(word):
        found.append(word[last:])
    return found
