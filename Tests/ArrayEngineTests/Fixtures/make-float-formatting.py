#!/usr/bin/env python3
"""Regenerates float-formatting.tsv: NumPy's float text for FloatFormattingTests.swift.

Run from anywhere:  python3 make-float-formatting.py
(EXTRA_CASES=N samples N more parameter shapes per value than the default 2.)
Needs NumPy 2.x (the fixture was made with the version printed in its header).

Columns (tab separated, one case per line, '#' lines are comments):
  kind      pos = format_float_positional, sci = format_float_scientific,
            str = str() of the NumPy scalar
  dtype     f64 or f32
  bits      the value's IEEE bit pattern in hex (exact, unlike a decimal literal)
  value     repr of the value, for humans only
  precision, unique (1/0), trim (k . 0 -), pad_left, pad_right, exp_digits,
  min_digits  arguments; empty means None / not applicable
  expected  NumPy's output (may start or end with spaces; never contains a tab)

The positional and scientific cases call numpy's dragon4_positional /
dragon4_scientific with every argument spelled out, exactly as
numpy/_core/arrayprint.py does; that also allows min_digits > precision, which
the public wrappers reject but array printing can reach.
"""
import math
import os
import random
import struct

import numpy as np
from numpy._core.multiarray import dragon4_positional, dragon4_scientific

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "float-formatting.tsv")
TRIMS = ["k", ".", "0", "-"]
# Sampled parameter shapes per value on top of the fixed ones (keeps the file small).
EXTRA_CASES = int(os.environ.get("EXTRA_CASES", "2"))
rng = random.Random(20240611)


def f64_from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def f32_from_bits(b):
    return np.frombuffer(struct.pack("<I", b), dtype=np.float32)[0]


def base_values():
    """Interesting float64 values; each is also tried as float32."""
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, math.pi, math.e,
            float("nan"), float("inf"), float("-inf"), 5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, 9007199254740992.0,
            9007199254740993.0, 123456789.0, 0.123456789123, 1.5, 2.5, 0.125, 0.375,
            1.0000000001, 0.99999999, 0.999999999, 9.9999999, 99999999.5, 0.000123456,
            1.23456789e-5, 65504.0, 3.4028234663852886e38, 1.1754943508222875e-38,
            1.401298464324817e-45, 2.675, 1.005, 0.045, 1e23, 8.41e21, 5e-5, 4.35]
    # Powers of ten and their neighbours: exponent switch-over and carry cases.
    for k in list(range(-25, 25)) + rng.sample(range(-325, 309), 60):
        p = float(f"1e{k}")
        vals += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    # Array printing's exponent thresholds and the scalar str switch-over.
    for b in [1e16, 1e-4, 1e8, 1e-8, 1e15, 1e17, 0.0001, 0.001]:
        x = b
        for _ in range(3):
            x = math.nextafter(x, 0)
            vals.append(x)
        x = b
        for _ in range(3):
            x = math.nextafter(x, math.inf)
            vals.append(x)
    vals += [9999999999999998.0, 9999999999999999.0, 10000000000000002.0, 99999999999999.99]
    # Exact binary fractions have exact decimal ties at some digit.
    for _ in range(60):
        k = rng.randint(1, 40)
        vals.append(rng.randint(1, 2 ** rng.randint(1, 53)) / 2 ** k)
    # Integers of many sizes.
    for _ in range(40):
        vals.append(float(rng.randint(0, 10 ** rng.randint(1, 22))))
    # Ties at the 8th fractional digit / 9th significant digit after rounding.
    for _ in range(40):
        vals.append(rng.randint(0, 10 ** 9) / 1e9 + 5e-9 * rng.choice([1, -1]))
        vals.append(float(f"{rng.randint(10 ** 8, 10 ** 9 - 1)}5e{rng.randint(-30, 30)}"))
    # Digit strings of 9s that round up to a new power of ten.
    for k in rng.sample(range(-12, 20), 8):
        for nines in (7, 8, 9, 10, 17):
            vals.append(float("9" * nines + f"e{k}"))
            vals.append(float("9" * (nines - 1) + "5" + f"e{k}"))
    # Log-uniform magnitudes across the whole range, both signs.
    for _ in range(120):
        x = 10 ** rng.uniform(-323, 308)
        vals.append(x if rng.random() < 0.7 else -x)
    # Uniform bit patterns (many subnormals are unlikely, so add some explicitly).
    for _ in range(60):
        vals.append(f64_from_bits(rng.getrandbits(64)))
    for _ in range(30):
        vals.append(f64_from_bits(rng.randint(1, 2 ** 52 - 1)))
    return vals


def f32_values():
    with np.errstate(over="ignore"):
        vals = [np.float32(x) for x in base_values()]
    for _ in range(150):
        x = np.float32(10 ** rng.uniform(-45, 38.5))
        vals.append(x if rng.random() < 0.7 else -x)
    for _ in range(60):
        vals.append(f32_from_bits(rng.getrandbits(32)))
    for _ in range(30):
        vals.append(f32_from_bits(rng.randint(1, 2 ** 23 - 1)))
    # float32 scalars switch to scientific at 1e6, not 1e16.
    for b in [1e16, 1e-4, 1e8, 1e6]:
        x = np.float32(b)
        vals.append(x)
        for direction in (np.float32(0), np.float32(math.inf)):
            y = x
            for _ in range(3):
                y = np.nextafter(y, direction)
                vals.append(y)
    return vals


def opt(v):
    return "" if v is None else str(v)


def maybe(p, lo, hi):
    return rng.randint(lo, hi) if rng.random() < p else None


def cases_for(x, extra):
    """(kind, precision, unique, trim, pad_left, pad_right, exp_digits, min_digits) tuples:
    scalar str and arrayprint's first pass always, plus `extra` of the other shapes."""
    always = [
        ("str",) + (None,) * 7,
        ("pos", 8, True, ".", None, None, None, None),
        ("sci", 8, True, ".", None, None, None, None),
    ]
    p = rng.choice([None, 8, rng.randint(0, 12)])
    m = rng.randint(0, p if p is not None else 10)
    others = [
        # Default np.format_float_positional / format_float_scientific.
        ("pos", None, True, "k", None, None, None, None),
        ("sci", None, True, "k", None, None, None, None),
        # arrayprint's first pass with floatmode='fixed'.
        ("pos", 8, False, "k", None, None, None, None),
        ("sci", 8, False, "k", None, None, None, None),
        # arrayprint's second pass: padded, min_digits, exp_digits, trim 'k' or '.'.
        ("pos", p, True, rng.choice(["k", "."]), rng.randint(0, 12), rng.randint(0, 12), None,
         rng.choice([0, m])),
        ("pos", 8, False, "k", rng.randint(0, 12), 8, None, 8),
        ("sci", p, True, "k", rng.randint(0, 3), None, rng.randint(1, 3), m),
        ("sci", 8, False, "k", rng.randint(0, 3), None, rng.randint(1, 3), 8),
    ]
    # Anything goes (within what NumPy accepts from Python).
    for kind in ("pos", "sci"):
        unique = rng.random() < 0.6
        precision = rng.randint(0, 25) if (not unique or rng.random() < 0.6) else None
        others.append((kind, precision, unique, rng.choice(TRIMS), maybe(0.5, 0, 25),
                       maybe(0.5, 0, 25) if kind == "pos" else None,
                       maybe(0.5, 0, 6) if kind == "sci" else None, maybe(0.5, 0, 30)))
    return always + rng.sample(others, extra)


def numpy_text(x, kind, precision, unique, trim, pad_left, pad_right, exp_digits, min_digits):
    if kind == "str":
        return str(x)
    neg1 = lambda v: -1 if v is None else v
    if kind == "pos":
        return dragon4_positional(x, precision=neg1(precision), min_digits=neg1(min_digits),
                                  unique=unique, fractional=True, trim=trim, sign=False,
                                  pad_left=neg1(pad_left), pad_right=neg1(pad_right))
    return dragon4_scientific(x, precision=neg1(precision), min_digits=neg1(min_digits),
                              unique=unique, trim=trim, sign=False, pad_left=neg1(pad_left),
                              exp_digits=neg1(exp_digits))


def main():
    rows = []
    seen = set()
    groups = [("f64", np.float64(v)) for v in base_values()] + [("f32", v) for v in f32_values()]
    for dtype, x in groups:
        bits = x.view(np.uint64 if dtype == "f64" else np.uint32)
        key = (dtype, int(bits))
        if key in seen:
            continue
        seen.add(key)
        if dtype == "f64" and np.isfinite(x):
            # scalarText promises Python's repr for float64; make sure NumPy agrees.
            assert str(x) == repr(float(x)), (str(x), repr(float(x)))
        width = 16 if dtype == "f64" else 8
        for case in cases_for(x, EXTRA_CASES):
            kind, precision, unique, trim, pad_left, pad_right, exp_digits, min_digits = case
            text = numpy_text(x, *case)
            assert "\t" not in text and "\n" not in text
            rows.append("\t".join([
                kind, dtype, f"{int(bits):0{width}x}", repr(float(x)), opt(precision),
                "" if unique is None else str(int(unique)), opt(trim), opt(pad_left), opt(pad_right),
                opt(exp_digits), opt(min_digits), text]))
    with open(OUT, "w") as f:
        f.write(f"# Generated by make-float-formatting.py with NumPy {np.__version__}; do not edit.\n")
        f.write("# kind\tdtype\tbits\tvalue\tprecision\tunique\ttrim\tpad_left\tpad_right"
                "\texp_digits\tmin_digits\texpected\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
