b = np.array([[[-1.0, 0.5, 0.0], [0.0, 0.25, 0.5]], [[0.5, -0.5, -1.0], [4.5, 0.5, 0.25]]], dtype=np.float64)
b = np.arange(6, dtype=np.int64)
b.flags.writeable = False
b.sum()
b.dtype.name
b
x = np.array([[[-5, 3, 4], [9, 1, 6]], [[-1, 2, 4], [-1, -1, 3]]], dtype='int64')
v = x[x != 2]
1 < b
b
x[-2, -1, 0] = 0
x[0, 0, 4]
c = x[:2]
v[1]
np.max(c, axis=-1)
x[[0]] = 4
b.shape
v[:] = 4
b[0] = 1
c.flags.writeable = False
x[0, 0, 0, 0]
y = np.reshape(b, (-1, 3))
v[-3] = -2
v.cumsum(axis=0)
v[-1] = 6
_ = np.minimum(v, 7, out=v)
b.flags.c_contiguous, b.flags.f_contiguous
v.nbytes
abs(b)
abs(b)
c = np.copy(b)
v[1:7] = 3
x[...] = y
np.multiply(x, 7, out=x)
m = np.array([[[-2.5, -1.0], [-0.5, 3.0], [-1.0, 0.25]], [[2.0, 1.0], [-1.0, 1.0], [-0.5, -2.5]]], dtype=np.float64)
t = x.view('uint16')
