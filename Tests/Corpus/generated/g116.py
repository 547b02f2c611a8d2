a = np.zeros((0,), dtype='float64')
x = np.array([[2, 14, 2]], dtype=np.uint16)
x = np.array([[16, 3, 12], [14, 5, 17]], dtype=np.uint64)
x[1, 1] = 5
t = x[:, :]
t
np.mean(x, axis=1)
len(x)
x.argmin(axis=0)
x[[1]] = 1
t.base is a
np.maximum(t, 4)
t[:] = 4
t[...] = x
c = x.reshape(6)
c.base is x
a
x[x < 2] = 3
t
a // a
m = np.zeros((2, 3), dtype='uint32')
c[-5]
abs(c)
a -= 2.0
b = np.array([[3], [19], [8], [14]], dtype='uint8')
y = m[m != 3]
a[3]
x = np.arange(-3, -3, dtype='float64')
m[-1, -1] = 4
np.any(a, axis=0)
b
c = c.flatten()
t = c.copy()
b.flags.writeable = False
a
w = a.copy()
w[w < 3.0] = -2.0
b + 7
len(y)
a = np.array(2, dtype=np.uint32)
a % 3
w = t.astype(np.int64)
w[6]
a[...] = 3
c < 2
t.base is m
