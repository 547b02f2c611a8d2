"""Shared pieces of the benchmark runner and the checksum generator.

A workload is a Python + NumPy script that arrsh runs unchanged. Two comment
markers let one file serve every size:

    n = 10_000_000  # bench-size      the integer is multiplied by the scale
    # bench-repeat 5                  the lines up to `# bench-end` are written
    ...                               out 5 times (times the scale, at least 1),
    # bench-end                       since arrsh has no loops

`expand` applies them; Tests/arrshTests/BenchmarkChecksumTests.swift applies the
same rule in Swift, so both must change together.
"""

import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORKLOADS = os.path.join(HERE, "workloads")

SIZE_LINE = re.compile(r"^(\s*\w+\s*=\s*)([0-9_]+)(\s*#\s*bench-size\s*)$")
REPEAT_LINE = re.compile(r"^\s*#\s*bench-repeat\s+([0-9_]+)\s*$")
END_LINE = re.compile(r"^\s*#\s*bench-end\s*$")


def scaled(value, scale):
    """An integer times the scale, truncated, never below 1."""
    return max(1, int(value * scale))


def expand(text, scale=1.0, repeat=None):
    """The script as run: sizes scaled, repeat blocks written out.

    `repeat`, when given, replaces every block's count (0 gives the set-up-only
    variant the runner subtracts to get the time of the repeated lines).
    """
    out, block, count = [], None, 0
    for line in text.split("\n"):
        if block is not None:
            if END_LINE.match(line):
                out.extend(block * count)
                block = None
            else:
                block.append(line)
            continue
        m = REPEAT_LINE.match(line)
        if m:
            block = []
            count = scaled(int(m.group(1).replace("_", "")), scale) if repeat is None else repeat
            continue
        m = SIZE_LINE.match(line)
        if m:
            line = m.group(1) + str(scaled(int(m.group(2).replace("_", "")), scale))
        out.append(line)
    if block is not None:
        raise ValueError("# bench-repeat without # bench-end")
    return "\n".join(out)


def per_call_workloads():
    """(name, path) of every per-call workload (`*.timeit`: set-up lines and `%timeit STMT` lines)."""
    names = sorted(f for f in os.listdir(WORKLOADS) if f.endswith(".timeit"))
    return [(name[:-7], os.path.join(WORKLOADS, name)) for name in names]


def has_repeat(text):
    return any(REPEAT_LINE.match(line) for line in text.split("\n"))


def workloads():
    """(name, path) of every workload script, in order."""
    names = sorted(f for f in os.listdir(WORKLOADS) if f.endswith(".py"))
    return [(name[:-3], os.path.join(WORKLOADS, name)) for name in names]


def scale_from_environment(default=1.0):
    value = os.environ.get("ARRSH_BENCH_SCALE", "")
    return float(value) if value else default
