a = np.arange(5)
(a > 1) & (a < 4), (a < 1) | (a > 3), (a > 1) ^ (a > 2), ~(a > 2)
a[:, None] + a[None, :3]
np.arange(3)[:, np.newaxis] * np.arange(4)
-np.int64(5), abs(np.float64(-1.5)), np.int64(3) == 3, np.float64(2.5) > 2
a[0] + 1, a[1] * 2.5, a[2] / 2, a[3] // 2, a[4] ** 2
type(a[0] + 1), type(a[0] + 1.0), type(a[0] * True)
list(a), [x * 2 for x in a]
a.T.base is a, a.T is a
np.array([1, 2], dtype=float), np.array([1.9, -1.9], dtype=int), np.array([True, 2]), np.array([1, 2.0])
np.array([300], dtype=np.int8)
np.array([np.int8(1), np.int16(2)]).dtype, np.array([np.float32(1), 2]).dtype
np.zeros(3, dtype=np.int8), np.full(3, 2.5, dtype=int), np.ones((2,), dtype=bool)
np.array(np.arange(3)), np.array(5.0), np.array([[1], [2]]).shape
b = np.zeros(5)
b[...] = 5
b
b[:] = [1, 2, 3, 4, 5]
b
b[:3] = b[2:]
b
b[1:4] += 10
b
b[[0, 4]] *= -1
b
b[b < 0] = np.nan
b
np.isnan(b).sum()
np.arange(10000).reshape(100, 100)
np.arange(10)[::3].sum(), np.arange(10.0)[::-1].sum()
np.arange(6, dtype=np.float32).mean(), np.arange(6, dtype=np.float32).sum()
np.full(100000, 0.1).sum(), np.full(100001, 0.1, dtype=np.float32).sum()
np.arange(12.0).reshape(3, 4).sum(axis=0), np.arange(12.0).reshape(3, 4).T.sum(axis=1)
c = np.arange(12).reshape(3, 4)
c.shape = -1
c.shape
c.shape = (2, -1)
c
c[1] = c[0]
c
c.T[0]
c.T[0] = 99
c
s = c[1]
s += 1
c
x = 3
x += 1.5
x
t = (1, 2)
t += (3,)
t
len(c), c.size, c.shape[0]
np.int64(10) // 3, np.float64(7.5) % 2, divmod(7, 2) if False else 0
a.copy() is a, a.view() is a, a[:] is a, a[...] is a
a[:].base is a, a.copy().base
np.shares_memory(a, a[::-1]), np.shares_memory(a[:2], a[3:])
np.may_share_memory(a[:2], a[3:]), np.may_share_memory(a[::2], a[1::2])
