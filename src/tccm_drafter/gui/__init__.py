"""The PySide6 desktop app. Qt is imported only in this package; it holds no drafting logic.

Kept empty on purpose: ``tccm_drafter.gui.launch`` checks the system before Qt starts.
"""
