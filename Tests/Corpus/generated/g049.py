m = np.array([[-8, -8, -1], [-5, 5, -8]], dtype='int8')
b = np.full((6,), 1.5, dtype=np.float32)
b = np.arange(-3, 9, dtype='int8').reshape(3, 4)
t = m[[-1, -2, 0, 0], ::-1]
_ = np.maximum(t, 3, out=t)
np.may_share_memory(t, b)
v = b.view(np.uint8)
np.count_nonzero(v)
v[-2, 2] = 7
w = t.flatten()
b[...] = v
b.dtype.name
m.min(axis=-2)
t.base is m
w
v.dtype.name
m.reshape(7)
t + -3
t = t[-4]
np.where(v > 7, v, 5)
m = np.zeros((6,), dtype='uint64')
t.base is None
