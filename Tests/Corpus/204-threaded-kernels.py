# Loops of a million elements and more run in pieces on both threads (gathers, masks, strided copies and fills); long sorts.
import numpy as np
n = 2_500_007
a = np.arange(n, dtype=np.float64) * 0.5
idx = np.arange(n) * 7919 % n
g = a[idx]
repr(g.sum()), repr(g[n // 3]), g.dtype
bad = idx.copy()
bad[n - 3] = n
bad[300_000] = -n - 1
a[bad]
bad[300_000] = 5
a[bad]
m2 = np.arange(2 * n).reshape(2, n)[::-1]
p = m2[idx % 2, idx]
p[:4], p[-3:], p.sum()
mask = (np.arange(n) * 2654435761 % 7) < 3
h = a[mask]
h.shape, repr(h.sum()), h[:3], h[-2:]
r = a[::-1][mask[::-1]]
r.shape, repr(r.sum()), r[:3]
b = a.copy()
b[mask] = -1.0
repr(b.sum()), b[:6]
b[mask] = np.arange(mask.sum(), dtype=np.float64)
repr(b.sum()), b[-6:]
np.count_nonzero(mask), np.nonzero(mask)[0][-3:]
i = np.zeros(n, dtype=np.int32)
i[::2] = -1
i[::-3] = 7
i[:9], i.sum()
for t in ['bool', 'int8', 'uint16', 'float16', 'float32', 'complex64', 'complex128']:
    s = np.arange(3 * n).astype(t)[::-3].copy()
    print(t, s.dtype, s.shape, s[:3], s[-2:], s.flags.c_contiguous)

f = np.full(n, 2.5)
f[1::2] = -0.0
repr(f.sum()), f[:4]
x = (np.arange(n) * 7919 % n) / n
x[::1000] = np.nan
x[5::1001] = -0.0
x[7::1003] = 0.0
x[9::997] = 0.25
s = np.sort(x)
s[[5100, -2495, -1]], np.isnan(s).sum(), (s[1:-2494] >= s[:-2495]).all()
s = np.sort(x, kind='stable')
s[:8], s[-3:]
o = np.argsort(x, kind='stable')
o[:5], o[-5:], o[np.searchsorted(s, 0.25):np.searchsorted(s, 0.25) + 5]
k = (np.arange(n) * 2654435761 % 1000 - 500).astype(np.int64)
t = np.sort(k)
t[:3], t[-3:], np.argsort(k, kind='stable')[:5]
np.sort(k.astype(np.int8))[[0, n // 2, -1]], np.sort(k.astype(np.uint16))[[0, -1]]
np.sort(np.full(n, 3.0))[[0, -1]], np.argsort(np.zeros(n), kind='stable')[-3:]
