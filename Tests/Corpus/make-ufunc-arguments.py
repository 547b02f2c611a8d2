#!/usr/bin/env python3
"""Writes 31-ufunc-arguments.py: every ufunc arrsh has, called with each of its
keyword arguments given a value other than the default (out=, where=, casting=,
order=, dtype=), as a learner would type them. Results computed in float32 are
shown by dtype only: NumPy computes float32 transcendental functions with SIMD
code (SVML on AVX-512) whose last bit differs from the C library's. The transcript comes from
Tests/Corpus/regenerate like every other script's.

    Tests/Corpus/make-ufunc-arguments.py > Tests/Corpus/31-ufunc-arguments.py
"""
BINARY_FLOAT = ["add", "subtract", "multiply", "divide", "true_divide", "power", "remainder", "mod",
                "floor_divide", "maximum", "minimum", "fmax", "fmin", "arctan2", "hypot", "atan2", "pow", "fmod",
                "copysign", "nextafter", "logaddexp", "logaddexp2", "heaviside", "float_power"]
BINARY_BOOL = ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
               "logical_and", "logical_or", "logical_xor"]
BINARY_INT = ["bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "bitwise_left_shift",
              "bitwise_right_shift", "gcd", "lcm"]
UNARY_FLOAT = ["negative", "positive", "absolute", "abs", "sign", "square", "sqrt", "exp", "log", "log2",
               "log10", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
               "floor", "ceil", "trunc", "rint", "acos", "asin", "atan", "arcsinh", "asinh", "cbrt", "exp2", "expm1",
               "log1p", "fabs", "spacing", "deg2rad", "rad2deg", "degrees", "radians", "reciprocal"]
UNARY_ABOVE_ONE = ["arccosh", "acosh"]
UNARY_BELOW_ONE = ["arctanh", "atanh"]
UNARY_BOOL = ["isnan", "isinf", "isfinite", "logical_not", "signbit"]
UNARY_INT = ["invert", "bitwise_not", "bitwise_invert", "bitwise_count"]

print("x = np.array([0.25, 0.5, 0.75])")
print("y = np.array([0.5, 0.25, 1.0])")
print("i = np.array([1, 6, 12])")
print("j = np.array([2, 3, 1])")
print("m = np.array([True, False, True])")
print("x2 = np.array([[0.25, 0.5], [0.75, 1.0]])")
print("i2 = np.array([[1, 6], [12, 5]])")
print("z = np.array([1.25, 1.5, 2.75])")
print("z2 = np.array([[1.25, 1.5], [2.75, 3.0]])")
for name in BINARY_FLOAT + BINARY_BOOL + BINARY_INT:
    ints = name in BINARY_INT
    a, b, a2 = ("i", "j", "i2") if ints else ("x", "y", "x2")
    kind = "bool" if name in BINARY_BOOL else ("np.int64" if ints else "np.float64")
    print(f"o = np.zeros(3, dtype={kind})")
    print(f"np.{name}(x1={a}, x2={b}) if False else np.{name}({a}, {b}, out=o)")
    print(f"np.{name}({a}, {b}, out=(o,), where=m); o")
    print(f"np.{name}({a}, {b}, casting='unsafe', dtype={'np.int32' if ints else 'np.float32'}).dtype")
    print(f"np.{name}({a2}, {a2}, order='F').flags.f_contiguous")
    print(f"np.{name}({a}, {b}, casting='no', dtype=np.float32)")
for name in UNARY_FLOAT + UNARY_BELOW_ONE + UNARY_ABOVE_ONE + UNARY_BOOL + UNARY_INT:
    ints = name in UNARY_INT
    a, a2 = ("i", "i2") if ints else ("z", "z2") if name in UNARY_ABOVE_ONE else ("x", "x2")
    kind = "bool" if name in UNARY_BOOL else ("np.int64" if ints else "np.float64")
    print(f"o = np.ones(3, dtype={kind})")
    print(f"np.{name}({a}, out=o)")
    print(f"np.{name}({a}, out=o, where=m); o")
    print(f"np.{name}({a}, casting='unsafe', dtype={'np.int32' if ints else 'np.float32'}).dtype")
    print(f"np.{name}({a2}, order='F').flags.f_contiguous")
    print(f"np.{name}({a}, casting='no', dtype=np.float32)")
