"""Every name an edit can show in the Undo menu is listed in gui/edit_labels.py, so that lupdate
puts it in the translations (context "Edit", translated by gui/commands.py)."""

from __future__ import annotations

from edit_label_scan import edit_labels
from tccm_drafter.gui.edit_labels import EDIT_LABELS


def test_the_scan_finds_the_kinds_of_label() -> None:
    found = edit_labels()
    assert found["Move Paragraph"].startswith("app/edits.py")  # a field's default
    assert "Insert Paragraphs" in found  # label = "A" if one else "B"
    assert "Take Library Version" in found  # given by position
    assert "Change Signatories" in found  # set_fields(ws, "…") in gui/


def test_every_edit_label_is_listed_for_translation() -> None:
    missing = {label: where for label, where in edit_labels().items() if label not in EDIT_LABELS}
    assert not missing, f"add to gui/edit_labels.py: {missing}"


def test_the_list_has_no_label_the_code_no_longer_uses() -> None:
    unused = set(EDIT_LABELS) - set(edit_labels())
    assert not unused, f"remove from gui/edit_labels.py: {unused}"
