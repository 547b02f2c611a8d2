m = np.arange(0, dtype=np.uint64).reshape(2, 0)
m = np.zeros((1, 3), dtype=np.uint16)
m = np.array(3)
m[()] = -3
m[...] = 5
m
t = m[None]
r = m[...]
np.abs(m)
t.min()
t * 5
_ = np.maximum(m, 4, out=r)
np.maximum(m, -3, out=r)
m < 5
type(t)
t = np.array(r)
np.count_nonzero(t)
t.sum()
r[()] = -1
r = m[None]
3 + m
a = np.array([-3, 6, 7, 5], dtype='int16')
a * m
t.flags.writeable
m.base is a
x = np.array([[False], [True], [False], [True]], dtype=np.bool_)
r
r - 2
t // a
r = t[...]
r[...] = 5
