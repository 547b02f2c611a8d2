x = np.arange(-3, 2, dtype=int).reshape(5)
m = np.full((5,), 1, dtype='int16')
a = np.array([[4.5, 1.5, 0.5, -2.5], [4.5, 1.5, 0.25, -0.5], [3.0, 0.5, 3.0, 4.5]], dtype='float32')
w = m.copy()
a[0, -2] = -0.5
w = a[a > 2.5]
m.dtype.name
y = np.broadcast_to(w, (3, 5))
w = m.reshape(5)
w.strides
a[::3, ...] = 1.0
m * x
t = w[[-5]]
np.multiply(m, 6, out=m)
m = np.arange(12, dtype=np.uint16).reshape(2, 2, 3)
np.shares_memory(m, a)
y = x[[-4, 0, -5, -3]]
c = a[1, ::-1]
s = c[::-2]
t = np.expand_dims(s, -1)
w = x.T
v = t.T
a
a / y
_ = np.minimum(s, 2.5, out=v)
_ = np.multiply(t, -0.5, out=t)
m.sum(axis=1, keepdims=True)
s.reshape(3, 1)
r = np.broadcast_to(a, (2, 3, 4))
np.maximum(t, 1.5, out=t)
y = np.reshape(y, (2, 2))
c / a
t = np.squeeze(v)
v = c.astype('int64')
t
v = m[[-2]]
v = np.copy(w)
y = y.astype('float32')
y = a.copy()
x / 5
