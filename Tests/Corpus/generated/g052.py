m = np.arange(12, dtype=np.uint8).reshape(3, 4)
m = np.arange(1, 7, dtype=np.int16).reshape(2, 3)
m[1, -2] = -2
np.cumsum(m, axis=-2)
np.shares_memory(m, m)
m.all(axis=1)
c = m[::-1, 2]
m - m
c = m[0:0]
m[1, 1]
m.flags.writeable = False
c - c
m.sum()
w = np.reshape(m, (-1, 6))
c[:] = -1
m
m
w = np.broadcast_to(w, (2, 1, 6))
m.flags.writeable
m
c[:, ...] = 2
v = c.astype('int16')
y = w.astype(np.float64)
np.any(y)
m - m
np.any(w)
v.dtype.name
r = m.astype(np.int8)
