a = np.array([[-3, -3, -4, 0], [-7, -8, 4, -5], [2, 0, 8, -3]], dtype=np.int16)
m = np.arange(1, 13, dtype='float64').reshape(2, 2, 3)
b = np.array([[[True, True]], [[False, False]], [[False, True]]], dtype=bool)
m[1, -1, -2]
np.shares_memory(m, b)
m % -1.5
m.sum()
a[::2, ...] += 2
c = b.astype(np.float64)
r = m.ravel()
m // m
c += 1.5
a - a
a * 4
s = np.copy(m)
r = a.view('int8')
m = np.array([[[-2, 4, 4], [-6, -7, 8]], [[0, 8, 0], [6, -3, 7]]], dtype='int8')
s = np.broadcast_to(r, (2, 1, 3, 8))
w = r[None]
np.where(c > 2.0, c, 1.0)
np.may_share_memory(s, b)
s += 1
w.cumsum(axis=-2)
m.base is b
b.cumsum(axis=0)
s.sum()
c[0, 0, 3]
np.mean(b, axis=-2)
c.shape
c[0, 1, 0]
-m
b = np.array([[False, True, True], [False, False, False]], dtype=bool)
7 < r
c.argmin(axis=-3)
w.dtype.name
