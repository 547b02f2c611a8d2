a = np.arange(0, dtype=np.uint16).reshape(2, 0)
m = np.array([7, 16, 17, 11, 8, 5], dtype='uint64')
a = np.arange(-3, 2, dtype='int64')
c = np.expand_dims(m, 0)
c = np.expand_dims(c, 1)
s = a.flatten()
c.flags.c_contiguous, c.flags.f_contiguous
abs(c)
c[[0]] = 4
v = np.copy(a)
v = m.T
v.max(axis=0)
a[-3] = 0
v = a.astype('int8')
v.flags.writeable = False
x = np.full((4,), 7, dtype='uint8')
a.mean()
w = c.astype(np.bool_)
np.abs(m)
w[4, 0, 0]
a.base is m
w = np.swapaxes(c, 1, 0)
a *= 3
w = x.T
w = v[[-2, 2, -2, -5]]
x = np.arange(-3, 1, dtype=np.int32).reshape(4, 1)
c = a.ravel()
