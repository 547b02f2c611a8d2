# Reductions along an axis of a million elements and more are cut along a kept axis for both threads; running totals read their input directly when it is C-ordered in the accumulator type.
import numpy as np
m = (np.arange(1003 * 2011, dtype=np.float64) * 0.37 % 11.0 - 5.0) / 7.0
m = m.reshape(1003, 2011)
s0 = m.sum(axis=0)
s0.shape, repr(s0[0]), repr(s0[1000]), repr(s0[-1]), repr(s0.sum())
s1 = m.sum(axis=1)
s1.shape, repr(s1[0]), repr(s1[500]), repr(s1[-1]), repr(s1.sum())
repr(m.T.sum(axis=0)[7]), repr(m.T.sum(axis=1)[7]), repr(m.T[::-1].sum(axis=0)[9])
repr(m[::2, ::3].sum(axis=0)[5]), repr(m[::2, ::3].sum(axis=1)[5])
x0 = m.max(axis=0)
x1 = m.min(axis=1)
repr(x0.sum()), repr(x1.sum()), repr(m.T.max(axis=1).sum()), repr(m[::-1, ::-1].min(axis=0)[3])
w = m.copy()
w[700, 13] = np.nan
w[5, 2000] = -0.0
np.isnan(w.max(axis=0)).sum(), np.isnan(w.min(axis=1)).sum(), repr(w.max(axis=0)[13]), repr(w.min(axis=1)[700])
q = np.ones(100)
q[37] = np.nan
q.max(), q.min(), q[::-1].max(), np.ones((3, 40)).max(axis=0)[:2], np.vstack([q[:40], q[:40]]).min(axis=0)[36:39]
z = np.zeros((1100, 1000))
z[::2] = -0.0
repr(z.max(axis=0)[0]), repr(z.sum(axis=0)[0]), repr(z[1:].min(axis=0)[1]), repr(z.T.max(axis=1)[0])
nz = np.full((1100, 1000), -0.0)
repr(nz.sum(axis=0)[0]), repr(nz.sum(axis=1)[0]), repr(nz.max(axis=0)[0]), repr(nz.T.min(axis=0)[0])
t = np.arange(1200 * 1000).reshape(1200, 1000)
t.sum(axis=0)[:3], t.sum(axis=1)[-2:], t.max(axis=0)[-1], t.min(axis=1)[5], t.prod(axis=0)[1]
big = np.full((1100, 1000), 2**62, dtype=np.int64)
big.sum(axis=0)[:2], big.sum(axis=1)[:2], big.prod(axis=1)[:2]
u = np.arange(1100 * 1000, dtype=np.uint8).reshape(1100, 1000)
u.sum(axis=0)[:3], u.sum(axis=1)[:3], u.max(axis=0)[:3], u.min(axis=1)[250]
f = np.arange(1100 * 1000, dtype=np.float32).reshape(1100, 1000) / 3
repr(f.sum(axis=0)[3]), repr(f.sum(axis=1)[3]), f.sum(axis=0).dtype
h = (np.arange(1100 * 1000) % 97).astype(np.float16).reshape(1100, 1000)
repr(h.sum(axis=0)[3]), repr(h.sum(axis=1)[3]), h.sum(axis=1).dtype
c = (np.arange(1100 * 1000) / 3 + 1j * np.arange(1100 * 1000)).reshape(1100, 1000)
c.sum(axis=0)[7], c.sum(axis=1)[7]
b = (np.arange(1100 * 1000) % 5 == 0).reshape(1100, 1000)
b.all(axis=0)[:3], b.any(axis=1)[:3], b.sum(axis=0)[:3], b.sum(axis=1)[:3], b.any(axis=0).all()
r3 = np.arange(2 * 600 * 1000, dtype=np.float64).reshape(2, 600, 1000) / 3
repr(r3.sum(axis=(0, 2))[5]), repr(r3.sum(axis=1)[1, 5]), repr(r3.max(axis=(0, 1))[9]), repr(r3.sum(axis=0, keepdims=True)[0, 3, 4])
repr(m.sum(axis=0, initial=1.5)[4]), repr(m.max(axis=0, initial=0.25)[4]), repr(m.min(axis=1, where=m > 0, initial=9.0)[4])
o = np.empty(2011)
r = m.sum(axis=0, out=o)
r is o, repr(o[11])
tall = np.arange(2 * 1_100_000, dtype=np.float64).reshape(1_100_000, 2) / 3
repr(tall.sum(axis=0)[1]), repr(tall.sum(axis=1)[-1]), repr(tall.T.sum(axis=1)[0])
wide = np.arange(2 * 1_100_000, dtype=np.float64).reshape(2, 1_100_000) / 3
repr(wide.sum(axis=1)[1]), repr(wide.sum(axis=0)[-1]), repr(wide.min(axis=1)[1])
e = np.zeros((0, 2_000_000))
e.sum(axis=0).shape, e.sum(axis=1).shape
e.max(axis=0)
e.max(axis=1)
k = np.arange(3_000_001)
np.cumsum(k)[-3:], np.cumsum(k, dtype=np.float64)[-1], np.cumprod(k[1:30])[-1]
g = np.arange(3_000_004) / 3.0
repr(g.cumsum()[-1]), repr(g[::-1].cumsum()[-1]), repr(g[::2].cumsum()[-1]), repr(np.cumsum(g.reshape(-1, 7), axis=0)[-1, 3])
repr(np.cumsum(g.reshape(-1, 7), axis=1)[-1, 6]), repr(np.cumsum(g.reshape(-1, 7).T, axis=1)[3, -1])
np.cumsum(np.array([-0.0, -0.0])), np.cumprod(np.array([-0.0, 5.0])), np.cumsum(np.array([np.nan, 1.0]))
np.cumsum(np.arange(5, dtype=np.int8) * 60), np.cumsum(np.arange(5, dtype=np.int8) * 60, dtype=np.int8)
np.cumsum(np.array([True, False, True])), np.cumsum(np.array([2**63 - 1, 1])), np.cumsum(np.zeros((3, 0)), axis=0).shape
np.cumsum(np.array([[1, 2], [3, 4]], dtype=np.uint16), axis=0), np.cumprod(np.array([[1, 2], [3, 4]]), axis=1)
np.cumsum(np.array([1.5, 2.25], dtype=np.float16)), np.cumsum(np.array([1 + 1j, 2 - 1j])), np.cumsum(np.array([7.0]))
