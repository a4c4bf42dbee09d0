"""Fixes the checks offer in place ("Replace with its successor", "Use the translation"):
the edit each finding's fix stands for, made by the same drafting operations as by hand."""

from __future__ import annotations

from tccm_drafter.app import drafting
from tccm_drafter.app.edits import Edit
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.checks.findings import TAKE_LATEST, USE_TRANSLATION, Finding
from tccm_drafter.model import ParagraphBlock
from tccm_drafter.model.blocks import repointed
from tccm_drafter.model.translations import translation_for


def fix_edit(ws: Workspace, finding: Finding) -> Edit | None:
    """The edit that fixes ``finding``, or None when it has no fix or no longer applies."""
    s, b = finding.section, finding.block
    if not finding.fix or s is None or b is None or not ws.has_block(s, b):
        return None
    block = ws.block(s, b)
    if not isinstance(block, ParagraphBlock) or block.paragraph_id != finding.paragraph_id:
        return None  # the submission changed since the checks ran
    if finding.fix == TAKE_LATEST:
        return drafting.take_library_version(ws, s, b)
    if finding.fix == USE_TRANSLATION:
        other = translation_for(ws.library, block.paragraph_id, ws.submission.consultation.language)
        if other is None:
            return None
        # The same block (its notes stay) pointing at the translation as the library has it.
        new = repointed(block, other)
        return drafting.replace_block(ws, s, b, new, "Use the Translation")
    return None
