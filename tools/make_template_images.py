"""Render the first page of each built-in template's output to docs/images/template-<name>.png.

Each example submission in resources/examples is exported to .docx with its template, converted
to PDF by LibreOffice (headless) and its first page rasterised by pdftoppm, exactly as a reader
would see the file. Run with `make docs-images`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tccm_drafter.app.exporting import prepare_export, write_export
from tccm_drafter.model import Library
from tccm_drafter.render.templates import find_template
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission


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
            template = find_template(submission.template, None)
            docx = tmp / f"{example.stem}.docx"
            write_export(prepare_export(submission, library, None, output=docx, template=template))
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
            target = out_dir / f"template-{template.name}"
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
            done.add(submission.template)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/images")))
