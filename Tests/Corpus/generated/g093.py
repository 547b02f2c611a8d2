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
x = np.ones((4, 1), dtype='uint8')
np.all(x, axis=-1)
w = y[-1]
y
s = x[::-1, :]
t < 0.5
x - x
y
t = np.copy(a)
r = s.flatten()
np.shares_memory(s, v)
r[0] = 7
s = np.copy(s)
a is s
x = np.arange(-3, 1, dtype='int16').reshape(4, 1)
r
_ = np.subtract(t, -3, out=t)
v * x
np.sum(s, axis=-2, keepdims=True)
y += 1.5
r[4:] = 4
