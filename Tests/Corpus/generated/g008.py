m = np.arange(5, dtype='int16')
b = np.ones((2, 3, 2), dtype=np.uint16)
b = np.array([], dtype=np.uint16)
m.cumsum()
v = m[..., None]
np.sum(m)
v % b
v
m.base is m
m
m[4] = -1
c = np.expand_dims(v, 2)
m
v[:] = 5
m
v.base is b
c += -1
w = b[..., None]
c = np.broadcast_to(w, (2, 1, 0, 1))
t = w.astype(np.uint16)
v = t[:, 0:]
w = b[:]
c[0] = 1
v = c.view(np.uint8)
w[1]
np.negative(w)
r = np.reshape(c, (1, 0))
