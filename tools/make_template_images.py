"""Render the first page of each built-in template's output to docs/images/template-<name>.png.

Each example submission in resources/examples is exported to .docx with its template, converted
to PDF by LibreOffice (headless) and its first page rasterised by pdftoppm, exactly as a reader
would see the file. The submissions in tools/pages/ (the same kind of response in Arabic and in
Chinese) become docs/images/export-ar.png and export-zh.png. Run with `make docs-images`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tccm_drafter.app.exporting import prepare_export, write_export
from tccm_drafter.model import Library, Submission
from tccm_drafter.render.templates import find_template
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission

PAGES = Path(__file__).resolve().parent / "pages"


def main(out_dir: Path) -> int:
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    loaded = LibraryFolder(starter_library_dir(), name="starter", writable=False).load()
    library = Library.of(loaded.paragraphs, "starter")
    done: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for example in sorted(examples_dir().glob("*.tccm")):
            submission = load_submission(example)
            if submission.template in done:
                continue
            done.add(submission.template)
            _first_page(submission, library, tmp, out_dir / f"template-{submission.template}")
        # The same export in right-to-left Arabic and in Chinese (tools/pages/).
        for page in sorted(PAGES.glob("*.tccm")):
            _first_page(load_submission(page), library, tmp, out_dir / page.stem)
    return 0


def _first_page(submission: Submission, library: Library, tmp: Path, target: Path) -> None:
    template = find_template(submission.template, None)
    docx = tmp / f"{target.name}.docx"
    write_export(prepare_export(submission, library, None, output=docx, template=template), now=NOW)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(docx.with_suffix(".pdf")),
            str(target),
        ],
        check=True,
        timeout=60,
    )
    print(f"wrote {target}.png")


#: When the files are made (fixed: the same output on any day).
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/images")))
