"""Writes random.tsv: what NumPy 2.4 draws for each case RandomTests.swift runs.

One line per case: name, dtype, shape and the values in C order. Floats are
written as their bit patterns (hex) so the comparison is exact; large results
as an FNV-1a digest of their bytes. Run from this folder: python3 make.py
"""
import numpy as np

SEEDS = {"0": 0, "1": 1, "42": 42, "12345": 12345, "2p40": 2**40, "list": [1, 2, 3]}
INT_SEEDS = {k: v for k, v in SEEDS.items() if k not in ("2p40",)}
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]


def fnv1a(data):
    h = 0xcbf29ce484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def encode(value):
    if isinstance(value, bytes):
        return "bytes", str(len(value)), value.hex()
    a = np.asarray(value)
    shape = ",".join(str(n) for n in a.shape)
    if a.size > 256:
        return "digest-" + a.dtype.name, shape, "%016x" % fnv1a(np.ascontiguousarray(a).tobytes())
    flat = a.ravel()
    if a.dtype == np.float64:
        values = ["%016x" % v for v in flat.view(np.uint64)]
    elif a.dtype == np.float32:
        values = ["%08x" % v for v in flat.view(np.uint32)]
    elif a.dtype == np.bool_:
        values = [str(int(v)) for v in flat]
    else:
        values = [str(int(v)) for v in flat]
    return a.dtype.name, shape, " ".join(values)


def generator(seed):
    return np.random.default_rng(seed)


def integer_ranges(dtype):
    info = np.iinfo(dtype) if dtype != "bool" else None
    if dtype == "bool":
        return {"small": (0, 2, False), "closed": (0, 1, True), "fixed": (1, 2, False)}
    ranges = {"small": (0, 10, False), "closed": (int(info.min), int(info.max), True),
              "odd": (int(info.min) // 3 if info.min < 0 else 3, int(info.max) // 2 + 7, False),
              "fixed": (5, 6, False)}
    return ranges


def cases():
    for key, seed in SEEDS.items():
        yield f"ss-u32-{key}", lambda seed=seed: np.random.SeedSequence(seed).generate_state(8)
        yield f"ss-u64-{key}", lambda seed=seed: np.random.SeedSequence(seed).generate_state(4, np.uint64)
        yield f"pcg64-raw-{key}", lambda seed=seed: np.random.PCG64(seed).random_raw(8)
        yield f"mt19937-ss-{key}", lambda seed=seed: np.random.MT19937(seed).random_raw(8)
        yield f"gen-random-{key}", lambda seed=seed: generator(seed).random(12)
        yield f"gen-random-f32-{key}", lambda seed=seed: generator(seed).random(12, dtype=np.float32)
        yield f"gen-normal-{key}", lambda seed=seed: generator(seed).standard_normal(20)
        yield f"gen-normal-many-{key}", lambda seed=seed: generator(seed).standard_normal(30000)
        yield f"gen-normal-f32-many-{key}", lambda seed=seed: generator(seed).standard_normal(30000, dtype=np.float32)
        yield f"gen-exp-many-{key}", lambda seed=seed: generator(seed).standard_exponential(30000)
        yield f"gen-exp-f32-many-{key}", lambda seed=seed: generator(seed).standard_exponential(30000, dtype=np.float32)
        yield f"gen-exp-inv-{key}", lambda seed=seed: generator(seed).standard_exponential(10, method="inv")
        yield f"gen-params-{key}", lambda seed=seed: (lambda g: np.concatenate([
            g.normal(3.0, 2.5, 5), g.uniform(-2.0, 5.0, 5), g.exponential(1.5, 5),
            g.normal([0.0, 10.0, 100.0], [[1.0], [0.5]]).ravel(), g.uniform([0, 1], 3, size=(2, 2)).ravel()]))(generator(seed))
        yield f"gen-bytes-{key}", lambda seed=seed: generator(seed).bytes(11)
        for dtype in DTYPES:
            for name, (low, high, closed) in integer_ranges(dtype).items():
                yield (f"gen-int-{dtype}-{name}-{key}",
                       lambda seed=seed, dtype=dtype, low=low, high=high, closed=closed:
                       generator(seed).integers(low, high, size=40, dtype=dtype, endpoint=closed))
        yield f"gen-int-arrays-{key}", lambda seed=seed: generator(seed).integers([0, 5, 10], [[20], [300]], dtype=np.int16)
        yield f"gen-choice-{key}", lambda seed=seed: generator(seed).choice(10, 6)
        yield f"gen-choice-noreplace-{key}", lambda seed=seed: generator(seed).choice(10, 6, replace=False)
        yield f"gen-choice-noshuffle-{key}", lambda seed=seed: generator(seed).choice(10, 6, replace=False, shuffle=False)
        yield f"gen-choice-floyd-{key}", lambda seed=seed: generator(seed).choice(20000, 300, replace=False)
        yield f"gen-choice-tail-{key}", lambda seed=seed: generator(seed).choice(20000, 1000, replace=False)
        yield f"gen-choice-tail-noshuffle-{key}", lambda seed=seed: generator(seed).choice(20000, 500, replace=False, shuffle=False)
        yield f"gen-choice-p-{key}", lambda seed=seed: generator(seed).choice(5, 12, p=[0.1, 0.2, 0.3, 0.15, 0.25])
        yield f"gen-choice-p-noreplace-{key}", lambda seed=seed: generator(seed).choice(5, 4, replace=False, p=[0.1, 0.2, 0.3, 0.15, 0.25])
        yield f"gen-choice-axis-{key}", lambda seed=seed: generator(seed).choice(np.arange(12).reshape(3, 4), 3, axis=1)
        yield f"gen-permutation-{key}", lambda seed=seed: generator(seed).permutation(12)
        yield f"gen-permutation-axis-{key}", lambda seed=seed: generator(seed).permutation(np.arange(12).reshape(3, 4), axis=1)
        yield f"gen-shuffle-view-{key}", lambda seed=seed: (lambda a, g: (g.shuffle(a[::2]), a)[1])(np.arange(10), generator(seed))
        yield f"gen-shuffle-axis-{key}", lambda seed=seed: (lambda a, g: (g.shuffle(a, axis=1), a)[1])(np.arange(12).reshape(3, 4), generator(seed))
        yield f"gen-permuted-axis-{key}", lambda seed=seed: generator(seed).permuted(np.arange(12).reshape(3, 4), axis=1)
        yield f"gen-permuted-c-{key}", lambda seed=seed: generator(seed).permuted(np.arange(12).reshape(3, 4))
        yield f"gen-permuted-f-{key}", lambda seed=seed: generator(seed).permuted(np.arange(12).reshape(4, 3).T)
    for key, seed in INT_SEEDS.items():
        yield f"mt19937-legacy-{key}", lambda seed=seed: (lambda b: (b._legacy_seeding(seed), b.random_raw(8))[1])(np.random.MT19937())
        yield f"rs-random-{key}", lambda seed=seed: np.random.RandomState(seed).random_sample(12)
        yield f"rs-normal-{key}", lambda seed=seed: np.random.RandomState(seed).standard_normal(13)
        yield f"rs-normal-many-{key}", lambda seed=seed: np.random.RandomState(seed).standard_normal(3001)
        yield f"rs-sequence-{key}", lambda seed=seed: (lambda r: np.concatenate([
            [r.standard_normal()], r.normal(1.0, 2.0, 3), r.uniform(5.0, -1.0, 3), r.exponential(2.0, 3),
            r.standard_exponential(2), [r.standard_normal()], r.normal([0.0, 1.0], [[1.0], [3.0]]).ravel()]))(np.random.RandomState(seed))
        yield f"rs-bytes-{key}", lambda seed=seed: np.random.RandomState(seed).bytes(9)
        for dtype in DTYPES:
            for name, (low, high, closed) in integer_ranges(dtype).items():
                if closed:
                    high += 1
                yield (f"rs-int-{dtype}-{name}-{key}",
                       lambda seed=seed, dtype=dtype, low=low, high=high:
                       np.random.RandomState(seed).randint(low, high, size=40, dtype=dtype))
        yield f"rs-choice-{key}", lambda seed=seed: np.random.RandomState(seed).choice(10, 6)
        yield f"rs-choice-noreplace-{key}", lambda seed=seed: np.random.RandomState(seed).choice(10, 6, replace=False)
        yield f"rs-choice-p-{key}", lambda seed=seed: np.random.RandomState(seed).choice(5, 12, p=[0.1, 0.2, 0.3, 0.15, 0.25])
        yield f"rs-choice-p-noreplace-{key}", lambda seed=seed: np.random.RandomState(seed).choice(5, 4, replace=False, p=[0.1, 0.2, 0.3, 0.15, 0.25])
        yield f"rs-permutation-{key}", lambda seed=seed: np.random.RandomState(seed).permutation(12)
        yield f"rs-permutation-2d-{key}", lambda seed=seed: np.random.RandomState(seed).permutation(np.arange(12).reshape(4, 3))
        yield f"rs-shuffle-2d-{key}", lambda seed=seed: (lambda a, r: (r.shuffle(a), a)[1])(np.arange(12).reshape(4, 3), np.random.RandomState(seed))
    yield from distribution_cases()
    yield from error_cases()


# Parameters that reach every branch: gamma below and above 1, beta's Johnk and
# gamma paths, Poisson's multiplication and PTRS, binomial's inversion and BTPE
# (both tails), geometric's search and inversion.
DISTRIBUTIONS = [
    ("standard_gamma", (0.4,)), ("standard_gamma", (1.0,)), ("standard_gamma", (3.5,)),
    ("gamma", (2.0, 3.0)), ("beta", (0.5, 0.7)), ("beta", (2.0, 5.0)), ("chisquare", (3.0,)),
    ("f", (5.0, 8.0)), ("standard_cauchy", ()), ("standard_t", (4.0,)), ("pareto", (3.0,)),
    ("weibull", (1.5,)), ("power", (2.0,)), ("laplace", (1.0, 2.0)), ("gumbel", (1.0, 2.0)),
    ("logistic", (1.0, 2.0)), ("lognormal", (0.5, 0.8)), ("rayleigh", (2.0,)), ("wald", (1.0, 3.0)),
    ("vonmises", (0.5, 3.0)), ("vonmises", (0.5, 1e-6)), ("triangular", (-1.0, 0.5, 2.0)),
    ("poisson", (3.0,)), ("poisson", (45.0,)), ("binomial", (20, 0.3)), ("binomial", (500, 0.3)),
    ("binomial", (500, 0.8)), ("binomial", (30, 0.97)), ("geometric", (0.5,)), ("geometric", (0.05,)),
    ("negative_binomial", (4.0, 0.3)), ("logseries", (0.8,)), ("zipf", (2.5,)),
    ("hypergeometric", (10, 5, 8)), ("hypergeometric", (100, 200, 50)), ("hypergeometric", (1000, 3000, 2500)),
]


def distribution_cases():
    for key in ("0", "42", "list"):
        seed = SEEDS[key]
        for i, (name, parameters) in enumerate(DISTRIBUTIONS):
            yield (f"gen-dist-{i}-{name}-{key}",
                   lambda seed=seed, name=name, parameters=parameters: getattr(generator(seed), name)(*parameters, size=2000))
            yield (f"rs-dist-{i}-{name}-{key}",
                   lambda seed=seed, name=name, parameters=parameters:
                   getattr(np.random.RandomState(seed), name)(*parameters, size=2000))
    yield "gen-dist-float32-gamma", lambda: generator(0).standard_gamma([0.5, 2.5], size=(1000, 2), dtype=np.float32)
    yield "gen-dist-array-params", lambda: generator(1).binomial([[5], [50]], [0.2, 0.7, 0.95])


def error_cases():
    """Refusals, each with NumPy's exception and message."""
    g = generator
    yield "err-int-reversed", lambda: g(0).integers(5, 3)
    yield "err-int-empty", lambda: g(0).integers(0, 0)
    yield "err-int-closed", lambda: g(0).integers(0, -1, endpoint=True)
    yield "err-int-low", lambda: g(0).integers(-1, 5, dtype=np.uint8)
    yield "err-int-high", lambda: g(0).integers(0, 300, dtype=np.uint8)
    yield "err-int-array-high", lambda: g(0).integers(0, [3, 400], dtype=np.uint8)
    yield "err-int-array-order", lambda: g(0).integers([0, 5], [3, 4])
    yield "err-int-array-zero", lambda: g(0).integers(0, [3, 0])
    yield "err-int-float", lambda: g(0).integers(5, dtype=np.float64)
    yield "err-random-int", lambda: g(0).random(3, dtype=np.int64)
    yield "err-normal-scale", lambda: g(0).normal(0, -1)
    yield "err-normal-scale-array", lambda: g(0).normal(0, [1, -0.0])
    yield "err-normal-shape", lambda: g(0).normal([1, 2, 3], [1, 2])
    yield "err-normal-size", lambda: g(0).normal([1, 2], 1, size=(3,))
    yield "err-normal-size-broadcast", lambda: g(0).normal([1, 2], 1, size=(3, 1))
    yield "err-uniform-reversed", lambda: g(0).uniform(2, 1)
    yield "err-uniform-infinite", lambda: g(0).uniform(0, np.inf)
    yield "err-uniform-infinite-array", lambda: g(0).uniform(0, [1, np.inf])
    yield "err-exponential-scale", lambda: g(0).exponential(-2.0)
    yield "err-choice-larger", lambda: g(0).choice(5, 6, replace=False)
    yield "err-choice-zero", lambda: g(0).choice(0)
    yield "err-choice-empty", lambda: g(0).choice(np.arange(0), 3)
    yield "err-choice-p-sum", lambda: g(0).choice(3, p=[0.5, 0.4, 0.3])
    yield "err-choice-p-negative", lambda: g(0).choice(3, p=[1.5, -0.5, 0.0])
    yield "err-choice-p-nan", lambda: g(0).choice(3, p=[np.nan, 0.5, 0.5])
    yield "err-choice-p-size", lambda: g(0).choice(3, p=[0.5, 0.5])
    yield "err-choice-p-nonzero", lambda: g(0).choice(3, 3, replace=False, p=[0.5, 0.5, 0.0])
    yield "err-choice-axis", lambda: g(0).choice(np.arange(6).reshape(2, 3), axis=2)
    yield "err-shuffle-axis", lambda: g(0).shuffle(np.arange(6), axis=1)
    yield "err-permuted-out", lambda: g(0).permuted(np.arange(6), out=np.zeros(5))
    yield "err-permuted-cast", lambda: g(0).permuted(np.arange(6.0), out=np.zeros(6, dtype=np.int64))
    r = np.random.RandomState
    yield "err-rs-seed-large", lambda: r(2**40)
    yield "err-rs-seed-negative", lambda: r(-1)
    yield "err-rs-seed-empty", lambda: r(np.array([], dtype=np.int64))
    yield "err-rs-seed-2d", lambda: r(np.array([[1, 2], [3, 4]]))
    yield "err-rs-seed-float", lambda: r(np.array([1.5, 2.0]))
    yield "err-rs-seed-word", lambda: r(np.array([1, 2**33]))
    yield "err-rs-choice-2d", lambda: r(0).choice(np.arange(6).reshape(2, 3))
    yield "err-rs-choice-larger", lambda: r(0).choice(5, 6, replace=False)
    yield "err-rs-choice-zero", lambda: r(0).choice(0)
    yield "err-rs-choice-empty", lambda: r(0).choice(np.arange(0), 3)
    yield "err-rs-choice-p-sum", lambda: r(0).choice(3, p=[0.5, 0.4, 0.3])
    yield "err-rs-randint-reversed", lambda: r(0).randint(5, 3)
    yield "err-rs-randint-zero", lambda: r(0).randint(0)
    yield "err-rs-randint-float", lambda: r(0).randint(5, dtype=np.float32)
    yield "err-rs-uniform-infinite", lambda: r(0).uniform(-np.inf, 0)
    yield "err-rs-permutation-0d", lambda: r(0).permutation(np.array(5.0))
    yield "err-rs-shuffle-readonly", lambda: r(0).shuffle(np.broadcast_to(np.arange(3), (3,)))


def main():
    with open("random.tsv", "w") as f:
        for name, make in cases():
            try:
                dtype, shape, values = encode(make())
            except Exception as e:  # errors are cases too
                dtype, shape, values = "error", type(e).__name__, str(e)
            f.write(f"{name}\t{dtype}\t{shape}\t{values}\n")


if __name__ == "__main__":
    main()
