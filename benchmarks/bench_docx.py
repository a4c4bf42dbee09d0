"""Word export of a long submission (target: 500 paragraphs, ~43,000 words, in <= 150 ms)."""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.common import Result
from tccm_drafter.render.document import (
    Document,
    DocumentMeta,
    FootnoteRef,
    Heading,
    Inline,
    Link,
    Paragraph,
    Role,
    Text,
)
from tccm_drafter.render.docx_export import DocxExporter

_WORDS = (
    "governance multistakeholder forum funding capacity digital cooperation review "
    "access inclusion rights sustainable development members regional national open "
    "standards community participation transparency accountable process evidence the "
    "and of to in for with on"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def make_document(paragraphs: int, seed: int = 7) -> tuple[Document, str]:
    """~86 words a paragraph, some bold/italic/links/footnotes, numbered; plus its Markdown."""
    rng = random.Random(seed)
    blocks: list[Heading | Paragraph] = [Paragraph([Text("Benchmark submission")], Role.TITLE)]
    markdown = ["# Benchmark submission", ""]
    note = 0
    for index in range(paragraphs):
        if index % 25 == 0:
            title = f"Section {index // 25 + 1}"
            blocks.append(Heading(1, [Text(title)]))
            blocks.append(
                Paragraph([Text(_sentence(random.Random(index), 12) + "?")], Role.QUESTION)
            )
            markdown += [f"## {title}", "", "*" + _sentence(rng, 12) + "?*", ""]
        a, b, c = _sentence(rng, 30), _sentence(rng, 4), _sentence(rng, 30)
        d, e = _sentence(rng, 3), _sentence(rng, 19)
        inlines: list[Inline] = [
            Text(a + " "),
            Text(b, bold=True),
            Text(" " + c + " "),
            Text(d, italic=True),
            Text(" " + e),
        ]
        md = f"{index + 1}. {a} **{b}** {c} *{d}* {e}"
        if index % 5 == 0:
            inlines.append(Link("https://example.org/p/" + str(index), (Text("source"),)))
            md += f" [source](https://example.org/p/{index})"
        if index % 7 == 0:
            note += 1
            inlines.append(FootnoteRef(note, (Text(_sentence(rng, 10)),)))
            md += f"[^{note}]"
            markdown.append(f"[^{note}]: {_sentence(random.Random(note), 10)}")
        inlines.append(Text("."))
        blocks.append(Paragraph(inlines, number=index + 1))
        markdown += [md + ".", ""]
    meta = DocumentMeta(
        title="Benchmark submission", author="Benchmark", language="en", organisation="Benchmark"
    )
    return Document(meta, list(blocks)), "\n".join(markdown)


def _best_of_3(func: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        func()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def run(work: Path) -> list[Result]:
    exporter = DocxExporter()
    small, _markdown = make_document(500)
    large, _ = make_document(5000)
    exporter.build(small)  # warm-up: reads the reference document once
    words = sum(
        len(t.text.split())
        for b in small.blocks
        if isinstance(b, Paragraph)
        for t in b.inlines
        if isinstance(t, Text)
    )
    t500 = _best_of_3(lambda: exporter.build(small))
    t5000 = _best_of_3(lambda: exporter.build(large))
    results = [
        Result(f"build .docx, 500 paragraphs ({words:,} words)", t500, 150.0),
        Result(
            "build .docx, 5000 paragraphs",
            t5000,
            10 * t500,
            note=f"{t5000 / t500:.1f}x the 500-paragraph time; target <= 10x",
        ),
    ]
    if shutil.which("pandoc"):
        results.extend(_against_pandoc(work))
    return results


def _whole_process(command: list[str], env: dict[str, str]) -> float:
    """Median wall time of a whole command (process start to exit), in ms, after a warm-up."""
    subprocess.run(command, check=True, env=env, capture_output=True)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _against_pandoc(work: Path) -> list[Result]:
    """`tccm-drafter export` against `pandoc` on the same text, each as a whole process."""
    import os
    import sys

    from benchmarks.synth import make_library
    from benchmarks.synth import make_submission as make_synthetic
    from tccm_drafter.app.exporting import export_text, prepare_export
    from tccm_drafter.model import Library
    from tccm_drafter.storage.library_folder import LibraryFolder
    from tccm_drafter.storage.paths import AppPaths
    from tccm_drafter.storage.submission_file import save_submission

    results: list[Result] = []
    for count in (500, 5000):
        home = work / f"pandoc-home-{count}"
        paths = AppPaths.resolve(home)
        paths.ensure()
        paragraphs = make_library(count)
        folder = LibraryFolder(paths.library_dir)
        folder.save_many(paragraphs)
        submission = make_synthetic(paragraphs, count)
        source = work / f"synthetic-{count}.tccm"
        save_submission(submission, source)
        plan = prepare_export(submission, Library.of(paragraphs), None, fmt="md")
        markdown = work / f"synthetic-{count}.md"
        markdown.write_text(export_text(plan, today=TODAY)[0], encoding="utf-8")
        env = dict(os.environ, TCCM_DRAFTER_HOME=str(home))
        ours = _whole_process(
            [sys.executable, "-m", "tccm_drafter", "export", str(source), "-o",
             str(work / f"ours-{count}.docx")], env,
        )  # fmt: skip
        theirs = _whole_process(
            ["pandoc", "-f", "markdown", "-o", str(work / f"pandoc-{count}.docx"), str(markdown)],
            env,
        )
        results.append(
            Result(
                f"tccm-drafter export to .docx, {count} paragraphs, whole process",
                ours,
                None,
                f"pandoc on the same text {theirs:.0f} ms: {theirs / ours:.1f}x our time",
            )
        )
    return results


#: The day the documents are dated (fixed: the same figures and pictures on any day).
TODAY = date(2026, 11, 20)
