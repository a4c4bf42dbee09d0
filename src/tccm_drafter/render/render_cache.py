"""What one render can reuse from the last (see :mod:`.pipeline`): parsed blocks by their
filled Markdown, and the template's parsed output by everything the template sees."""

from __future__ import annotations

from dataclasses import dataclass

from tccm_drafter.model.counting import Counts
from tccm_drafter.render.counting import count_nodes
from tccm_drafter.render.document import BlockNode
from tccm_drafter.render.markdown_parse import parse_markdown


@dataclass(frozen=True)
class _Parsed:
    """One block's Markdown parsed: never changed, copied into each document that uses it."""

    nodes: tuple[BlockNode, ...]
    counts: Counts


class RenderCache:
    """What one render can reuse from the last: parsed blocks (by their filled Markdown) and
    the template's parsed output (by everything the template sees except block content).

    Use one cache per open submission and from one thread at a time. Entries that the last
    render did not use are dropped, so the cache never holds more than one document's worth.
    """

    def __init__(self) -> None:
        self._blocks: dict[str, _Parsed] = {}
        self._used: dict[str, _Parsed] = {}
        self._template: tuple[object, list[BlockNode]] | None = None
        #: How many blocks the last render had to parse (the rest came from the cache).
        self.parsed_blocks = 0
        self.template_runs = 0

    def block(self, markdown: str) -> _Parsed:
        found = self._blocks.get(markdown) or self._used.get(markdown)
        if found is None:
            nodes = tuple(parse_markdown(markdown))
            found = _Parsed(nodes, count_nodes(nodes))
            self.parsed_blocks += 1
        self._used[markdown] = found
        return found

    def template_output(self, key: object) -> list[BlockNode] | None:
        if self._template is not None and self._template[0] == key:
            return self._template[1]
        return None

    def remember_template(self, key: object, nodes: list[BlockNode]) -> None:
        self._template = (key, nodes)
        self.template_runs += 1

    def start(self) -> None:
        self.parsed_blocks = 0
        self._used = {}

    def finish(self) -> None:
        self._blocks, self._used = self._used, {}
