x = np.arange(-3, 9, dtype='float64').reshape(2, 3, 2)
b = np.arange(12).reshape((3, 4)) % 2 == 0
x[2:, 0:3, -1] = 1.0
a = np.array([0, -1, -4, -6, -9], dtype=np.int8)
y = a[a != 2]
c = x[2::-2, 1:, 0:2, None]
a[-2] = 6
r = x[[-2, -1, -2, 1]]
a = np.arange(-3, 3, dtype=np.int8).reshape(2, 3)
np.min(a, axis=-2, keepdims=True)
b.dtype.name
a[-1, -2] = 3
a
b == b
b = np.array([0.25, 0.0, 0.5, 3.0, 0.25, -0.5], dtype=np.float64)
np.sum(a, axis=1)
c[0, -1, -2, -1] = 1.5
r is y
np.mean(b, axis=-1, keepdims=True)
t = b[b != 0.5]
np.maximum(x, 0.5, out=x)
s = t.view(np.uint64)
a[1, -1] = 4
c = c.astype(np.uint8)
t.max()
y
w = np.expand_dims(a, -1)
a < 3
c.all()
b.tolist()
s = x[[1, -1], 1::-1]
a.strides
type(x)
t = a[[-1], 2]
x[..., :1] = 0.25
y <= w
c.flags.c_contiguous, c.flags.f_contiguous
r = r.view(np.uint64)
x
s = w.astype('int8')
c.tolist()
r = w.view('int8')
w is s
print(b)
t = x[[-1, -2, 0]]
y = y.view(np.int8)
t = y[:-4]
np.maximum(r, -3, out=r)
