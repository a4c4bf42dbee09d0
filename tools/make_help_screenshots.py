"""Screenshots of the About box and the user guide window: docs/screenshots/about.png and
user-guide.png. Runs offscreen (part of `make screenshots`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(out_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tccm_drafter.gui.app import _application
    from tccm_drafter.gui.dialogs.about import AboutDialog
    from tccm_drafter.gui.dialogs.guide import GuideWindow, read_help_page
    from tccm_drafter.storage.paths import user_guide_path

    app = _application([])

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    out_dir.mkdir(parents=True, exist_ok=True)
    about = AboutDialog()
    about.resize(760, 560)
    about.show()
    settle()
    about.grab().save(str(out_dir / "about.png"))
    guide_path = user_guide_path()
    guide = GuideWindow(read_help_page(guide_path), guide_path.parent)
    guide.resize(820, 760)
    guide.show()
    settle()
    guide.grab().save(str(out_dir / "user-guide.png"))
    print(out_dir / "about.png", out_dir / "user-guide.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
