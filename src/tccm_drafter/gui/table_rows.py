"""Selecting a table's row in code, in either layout direction.

``QTableView.selectRow`` selects nothing while the application is laid out right to left
(Qt 6.11, seen with the Arabic interface); selecting the row through the selection model works
in both directions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current and only selected row of ``view`` (as ``selectRow`` would)."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return
    index = model.index(row, 0)
    if index.isValid():
        selection.setCurrentIndex(index, _ROW)
