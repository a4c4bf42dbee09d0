"""Jinja's code generator, with the three constructs that build values routed to the sandbox.

Jinja compiles ``a ~ b`` to a plain ``str_join`` and list, tuple and dict literals to plain
Python displays, out of the sandbox's reach. This generator writes calls to
``environment.sandbox_join`` and ``environment.sandbox_literal`` instead, so that doubling a
text with ``{% set a = a ~ a %}`` or a list with ``{% set l = [l, l] %}`` meets the limits.
"""

from __future__ import annotations

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame


class SandboxCodeGenerator(CodeGenerator):
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.sandbox_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def visit_List(self, node: nodes.List, frame: Frame) -> None:
        self.write("environment.sandbox_literal(")
        super().visit_List(node, frame)
        self.write(")")

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:
        self.write("environment.sandbox_literal(")
        super().visit_Dict(node, frame)
        self.write(")")

    def visit_Tuple(self, node: nodes.Tuple, frame: Frame) -> None:
        if node.ctx != "load":  # an assignment target: ``{% for a, b in pairs %}``
            super().visit_Tuple(node, frame)
            return
        self.write("environment.sandbox_literal(")
        super().visit_Tuple(node, frame)
        self.write(")")
