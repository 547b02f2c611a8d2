# Float sorts of 2**17 elements and more, checked bit for bit through a positional checksum of the bits: NaNs, both zeros (in their order: kind='stable'), infinities, negative and positive keys, rows just past the cut, in-place and strided sorts, float32 and float16.
import numpy as np
def bits(s, t=np.uint64): return int((s.view(t).astype(np.uint64) * np.arange(1, s.size + 1, dtype=np.uint64)).sum())

n = 2**17
r = np.random.default_rng(11).standard_normal(n + 1)
s = np.sort(r)
bits(s), bool((s[1:] >= s[:-1]).all()), repr(s[0]), repr(s[-1])
q = np.random.default_rng(12).random(n)
bits(np.sort(q)), bits(np.sort(q[::-1])), bits(np.sort(-q))
z = np.random.default_rng(13).permutation(np.tile(np.array([-0.0, 0.0, 1.0, -1.0, np.inf, -np.inf, 5e-324, -5e-324]), 40000))
z[::997] = np.nan
t = np.sort(z, kind='stable')
bits(t), np.isnan(t).sum(), t[-3:], np.signbit(t[(t < 0).sum(): (t < 0).sum() + 6])
mostly = np.full(n + 40, np.nan)
mostly[5::7919] = np.arange(17.0)[::-1]
u = np.sort(mostly)
u[:18], bits(u)
allnan = np.full(n * 2, np.nan)
bits(np.sort(allnan))
inplace = np.random.default_rng(14).random(n * 2 + 3) - 0.5
check = np.sort(inplace.copy(), kind='stable')
inplace.sort()
bool((inplace == check).all()), bits(inplace)
rows = np.random.default_rng(15).random((3, n)) * 1e300
bits(np.sort(rows, axis=1).ravel()), bits(np.sort(rows.T, axis=0).T.ravel())
bits(np.sort(rows, axis=None))
f = np.sort((np.random.default_rng(16).random(n * 3) - 0.5).astype(np.float32))
bits(f, np.uint32), repr(f[0]), repr(f[-1])
h = np.sort((np.random.default_rng(17).random(n * 3) * 100 - 50).astype(np.float16))
bits(h, np.uint16), h[:3], h[-3:]
