x = np.zeros((3, 1, 2), dtype=np.float64)
x = np.array([[-6, 8, -3], [2, -9, 4]], dtype='int32')
a = np.array([13, 10, 15, 12], dtype=np.uint8)
x[3, 0]
a.base is a
a[2]
y = x.view('uint16')
y[0, -5] = 7
t = y[y < 6]
t[:] = 4
x[-1, 1]
np.may_share_memory(a, t)
c = np.reshape(y, (-1, 2))
c = a.astype(np.int16)
np.may_share_memory(y, x)
c[-2]
a.dtype
c[0, 0]
y.base is x
s = a.astype(int)
a
a = np.full((2, 0), 4, dtype=np.int8)
print(y)
w = y.flatten()
t[0]
np.minimum(c, 5, out=s)
print(x)
y = w.flatten()
c = c.T
y % 3.0
c = np.transpose(c)
w = a[-2]
c == c
np.shares_memory(w, a)
np.shares_memory(c, w)
c.all(axis=0)
