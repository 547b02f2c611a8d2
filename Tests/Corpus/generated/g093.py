x = np.arange(0, dtype=np.int8)
a = np.array([[0.5], [1.0], [-1.0], [4.5]], dtype='float32')
a = np.array([1.5, -0.5, 3.0, 0.25, 3.0], dtype='float64')
y = a.astype(np.int8)
v = a[::-1]
x - -1
np.maximum(a, 2.0)
np.any(v, axis=-1)
a[1::-2] //= 2.5
x
v = np.copy(v)
np.min(v, axis=0)
t = v.reshape(-1, 5)
t.base is x
v + t
a = np.arange(-3, -3, dtype='int64').reshape(0)
y.sum(axis=0)
w = y[None]
t
abs(w)
w[0, 1] = 4
v = np.broadcast_to(w, (2, 1, 5))
v.sum(axis=1, keepdims=True)
x
x.all()
x.flags.c_contiguous, x.flags.f_contiguous
x.base is x
_ = np.subtract(y, 0.25, out=t)
r = v.astype('uint32')
x = np.ones((4, 1), dtype='uint8')
np.min(y)
x.flags.writeable = False
y
b = np.array([[-4, 9, -7]], dtype=np.int8)
print(v)
r == w
x[6, 0]
a.dtype.name
w = np.copy(y)
y = v.copy()
v - a
y <= w
t = y[y >= 3]
t[t < 1] = -2
a[1]
np.abs(v)
print(a)
y.flags.owndata
t = y[0:, None, -1]
