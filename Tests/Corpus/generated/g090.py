m = np.array([[0.5, 1.5, 3.0]], dtype=np.float64)
x = np.arange(0, dtype=np.int64).reshape(2, 0)
m = np.arange(0, dtype='uint8').reshape(2, 0)
x
t = x[None, 1]
w = t[None]
t.itemsize
x.reshape(3)
m / w
t is m
x.base is None
np.all(t)
t = x.T
abs(m)
r = m[::-1]
np.sum(r, axis=1)
w = np.broadcast_to(x, (3, 2, 0))
r
r[-1, :] = 1
x > -1
x[::2] = 3
x[...] = 0
m[:-1, :] = 6
np.may_share_memory(w, r)
r
m
