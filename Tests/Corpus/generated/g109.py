m = np.arange(4, dtype=np.uint32).reshape(4, 1)
m = np.arange(3, dtype='int64').reshape(1, 3)
m + 0.25
m * -3
np.any(m)
np.max(m, axis=-1, keepdims=True)
m = np.array([[], []], dtype=float)
y = m.astype('float32')
m
y[...] = m
y = y[..., None]
m.tolist()
np.sqrt(y)
m %= 3.0
m[0::-2, :] = -2.0
s = y[y == 2.5]
r = m.flatten()
y.base is m
len(s)
m * 0.5
w = np.broadcast_to(m, (2, 2, 0))
m.reshape(3)
m.tolist()
v = m.astype(bool)
y[:] = 0.5
c = v[v]
np.prod(r, axis=0)
np.sum(y, axis=-1)
