"""Template limits that hold: every single operation that could build gigabytes or run for
minutes inside one C call is refused before it runs, with one line naming the template.

Each attack runs in a child process whose address space is capped at 1 GB, so a regression
fails the test (MemoryError, killed child) instead of taking the machine down. After the
attack the child renders a normal template, to show the app keeps working, and reports its
peak memory.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from render_helpers import make_template
from tccm_drafter.render.templates import render_template

resource = pytest.importorskip("resource")

BIG = "{% set big = 'x'.ljust(999999) %}"
DOUBLE_TEXT = "{% set a = 'xxxxxxxxxx' %}" + "{% set a = a ~ a %}" * 40 + "{{ a }}"
DOUBLE_PLUS = "{% set a = 'xxxxxxxxxx' %}" + "{% set a = a + a %}" * 40 + "{{ a }}"
DOUBLE_LIST = "{% set l = [1, 2] %}" + "{% set l = l + l %}" * 40 + "{{ l | length }}"
NESTED_LIST = "{% set l = [1] %}" + "{% set l = [l, l] %}" * 100 + "{{ l }}"
NESTED_COMPARE = (
    "{% set l = [1] %}{% set m = [1] %}"
    + "{% set l = [l, l] %}{% set m = [m, m] %}" * 100
    + "{{ l == m }}"
)
SQUARE_NUMBER = "{% set n = 3 %}" + "{% set n = n * n %}" * 40 + "{{ n }}"
MANY_BIG_VALUES = "{% set big = 'x'.ljust(900000) %}" + "".join(
    f"{{% set v{i} = big ~ {i} %}}" for i in range(60)
)

ATTACKS = {
    "ljust": "{{ 'x'.ljust(3000000000) }}",
    "rjust": "{{ 'x'.rjust(3000000000) }}",
    "center": "{{ 'x'.center(3000000000) }}",
    "zfill": "{{ '1'.zfill(3000000000) }}",
    "expandtabs": "{{ ('\t' * 1000).expandtabs(3000000) }}",
    "replace": "{{ ('x' * 1000000).replace('x', 'xxxxxxxxxx') }}",
    "replace empty": "{{ 'abc'.replace('', 'x' * 999999) }}",
    "str join": "{{ ('x' * 999999).join(['a'] * 5000) }}",
    "join filter": "{{ range(10000) | map('string') | join('x' * 999999) }}",
    "translate": "{{ 'x'.translate({120: 'y' * 999999}) }}",
    "format method": "{{ '{:>3000000000}'.format('x') }}",
    "format through an index": "{{ '{:>3000000000}'['format']('x') }}",
    "format_map": "{{ '{x:>3000000000}'.format_map({'x': 'y'}) }}",
    "percent format": "{{ '%3000000000s' % 'x' }}",
    "repeat text": "{{ 'x' * 3000000000 }}",
    "repeat list": "{{ ['x'] * 3000000000 }}",
    "doubling with ~": DOUBLE_TEXT,
    "doubling with +": DOUBLE_PLUS,
    "doubling a list": DOUBLE_LIST,
    "nested list printed": NESTED_LIST,
    "nested list compared": NESTED_COMPARE,
    "list of a big text": BIG + "{{ big | list | length }}",
    "unique of a big text": BIG + "{{ big | unique | list | length }}",
    "sort a big text": BIG + "{{ big | sort | length }}",
    "batch": "{{ [1] | batch(3000000000, 'x') | list }}",
    "slice": "{{ [1] | slice(3000000000) | list }}",
    "slice zero": "{{ [1] | slice(0) | list }}",
    "split": "{{ ('a ' * 400000).split() | length }}",
    "splitlines": "{{ ('a\\nb' * 300000).splitlines() | length }}",
    "big integer multiplication": SQUARE_NUMBER,
    "big power": "{{ 10 ** 100000000 }}",
    "round to a huge precision": "{{ 5 | round(-1000000000) }}",
    "int of a long text": "{{ ('9' * 5000) | int }}",
    "filter block": BIG
    + "{% filter upper %}{% for i in range(1000) %}{{ big }}{% endfor %}{% endfilter %}",
    "macro result": BIG
    + "{% macro m() %}{% for i in range(1000) %}{{ big }}{% endfor %}{% endmacro %}{{ m() }}",
    "set block": BIG + "{% set s %}{% for i in range(1000) %}{{ big }}{% endfor %}{% endset %}",
    "macro recursion keeping values": BIG
    + "{% macro f(a, n) %}{{ f(a ~ n, n + 1) }}{% endmacro %}{{ f(big, 0) }}",
    "many big values": MANY_BIG_VALUES,
    "deep macro recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "list of big texts printed": BIG + "{{ [big, big, big, big, big, big, big, big] }}",
    "huge range": "{{ range(1000000000) | list }}",
}

CHILD = textwrap.dedent(
    """
    import json, resource, sys
    limit = 1 << 30
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from datetime import date
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from render_helpers import make_library, make_submission, make_template
    from tccm_drafter.errors import InputError
    from tccm_drafter.render.pipeline import render_submission

    folder = Path(sys.argv[2])
    source = Path(sys.argv[3]).read_text(encoding="utf-8")
    today = date(2026, 11, 22)
    try:
        template = make_template(folder / "attack", source)
        render_submission(make_submission(), make_library(), template, today=today)
        message = None
    except InputError as error:
        message = str(error)
    good = make_template(folder / "good")
    document = render_submission(make_submission(), make_library(), good, today=today).document
    # The peak of this program, not of the test process it was forked from: ru_maxrss keeps
    # the parent's peak across exec; VmHWM belongs to the new program's memory.
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(json.dumps({"message": message, "blocks": len(document.blocks), "peak_kb": peak}))
    """
)


def run_attack(tmp_path: Path, source: str) -> dict[str, object]:
    payload = tmp_path / "payload.j2"
    payload.write_text(source, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(Path(__file__).parent), str(tmp_path), str(payload)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr == ""
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout
    result: dict[str, object] = json.loads(lines[0])
    return result


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS guard is Linux only")
@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_refused_in_one_line_with_normal_memory(tmp_path: Path, name: str) -> None:
    result = run_attack(tmp_path, ATTACKS[name])
    message = result["message"]
    assert isinstance(message, str), f"{name} was not refused"
    assert "\n" not in message and "Traceback" not in message
    assert "template 'attack'" in message
    assert "document.md.j2" in message  # the file is named
    assert result["blocks"], "a normal template still renders afterwards"
    peak_kb = result["peak_kb"]
    assert isinstance(peak_kb, int) and peak_kb < 400 * 1024


def test_limits_leave_ordinary_template_code_alone(tmp_path: Path) -> None:
    """Padding, joining, repeating and arithmetic within the limits still work."""
    source = (
        "{{ 'ab'.ljust(5, '.') }}|{{ '-' * 3 }}|{{ ['a', 'b'] | join(', ') }}|"
        "{{ 'a b c'.split() | length }}|{{ 2 ** 10 }}|{{ (10 ** 30) * (10 ** 30) }}|"
        "{{ [1, 2] + [3] }}|{{ [3, 1, 2] | sort | list }}|{{ [1, 2, 3] | batch(2) | list }}|"
        "{{ 'x-y'.replace('-', ' to ') }}|{{ 7 // 2 }} {{ 7 % 2 }}|"
        "{% for a, b in [(1, 2)] %}{{ a ~ b }}{% endfor %}|{{ {'k': 'v'}['k'] }}"
    )
    template = make_template(tmp_path / "ordinary", source)
    # Printed values are Markdown-escaped; compare them as a reader sees them.
    output = re.sub(r"\\(.)", r"\1", render_template(template, {}))
    assert output.split("|") == [
        "ab...",
        "---",
        "a, b",
        "3",
        "1024",
        "1" + "0" * 60,
        "[1, 2, 3]",
        "[1, 2, 3]",
        "[[1, 2], [3]]",
        "x to y",
        "3 1",
        "12",
        "v",
    ]
