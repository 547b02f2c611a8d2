# Sorts of a million elements and more: keys differing in every bit, in the lowest bits only, in one bit, in none; both zeros, NaN, -inf; float32; rows of a 2-D array; the stable argsort.
import numpy as np
n = 1_100_003
r = np.random.default_rng(5).random(n)
s = np.sort(r)
repr(s[0]), repr(s[1]), repr(s[n // 2]), repr(s[-1]), bool((s[1:] >= s[:-1]).all()), repr(s.sum())
w = np.random.default_rng(6).standard_normal(n) * 1e10
t = np.sort(w)
repr(t[0]), repr(t[n // 3]), repr(t[-1]), bool((t[1:] >= t[:-1]).all()), bool((np.sort(t) == t).all())
z = np.tile(np.array([-0.0, 0.0, 1.5, -2.5, 0.0, np.nan, -np.inf]), n // 7 + 1)[:n]
u = np.sort(z, kind='stable')
np.signbit(u[n // 7 * 2: n // 7 * 2 + 8]), u[:2], u[-3:], np.isnan(u).sum()
low = 1.0 + (np.arange(n) % 200) * 2.0 ** -52
v = np.sort(low[::-1])
repr(v[0]), repr(v[-1]), repr(v[n // 2]), bool((v[1:] >= v[:-1]).all())
np.sort(np.full(n, 0.25))[[0, -1]], np.sort(np.where(np.arange(n) % 3 == 0, 2.0, 3.0))[[0, n // 3, n // 3 + 1, -1]]
f = np.sort(r.astype(np.float32) - 0.5)
f[:2], f[-2:], f.dtype, bool((f[1:] >= f[:-1]).all())
m = np.sort(np.random.default_rng(7).random((2, n)), axis=1)
repr(m[0, 0]), repr(m[1, -1]), bool((m[:, 1:] >= m[:, :-1]).all())
a = np.argsort(r, kind='stable')
a[:3], a[-3:], repr(r[a[n // 2]])
