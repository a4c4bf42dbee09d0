"""Bringing a fresh list of signatories (a sign-on sheet) into a joint statement's list."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tccm_drafter.model.submission import Signatory


@dataclass
class SignatoryMerge:
    """The merged list, and what changed, for showing the user before they accept it."""

    signatories: list[Signatory]
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def organisation_key(name: str) -> str:
    """Names compared the way a person would: case and spacing do not matter."""
    return " ".join(name.split()).casefold()


def merge_signatories(existing: list[Signatory], incoming: list[Signatory]) -> SignatoryMerge:
    """``existing`` updated from ``incoming``, matched by organisation name.

    A known organisation takes the incoming status (with its date) and any details the
    incoming row fills in; a new one is added at the end. When the same organisation comes
    more than once (a form answered twice), the later row wins. Nothing is removed.
    """
    merged = [replace(s) for s in existing]
    index = {organisation_key(s.organisation): i for i, s in enumerate(merged)}
    result = SignatoryMerge(merged)
    touched: dict[str, str] = {}
    for row in incoming:
        key = organisation_key(row.organisation)
        if key not in index:
            index[key] = len(merged)
            merged.append(replace(row))
            touched[key] = "added"
            continue
        current = merged[index[key]]
        updated = replace(
            current,
            name=row.name or current.name,
            country=row.country or current.country,
            contact=row.contact or current.contact,
        )
        if row.status is not current.status:
            updated.status = row.status
            updated.status_date = row.status_date
        if updated != current:
            merged[index[key]] = updated
            touched.setdefault(key, "changed")
        else:
            touched.setdefault(key, "unchanged")
    for key, what in touched.items():
        name = merged[index[key]].organisation
        {"added": result.added, "changed": result.changed, "unchanged": result.unchanged}[
            what
        ].append(name)
    return result
