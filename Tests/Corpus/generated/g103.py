b = np.array([[5, 1, -6]], dtype='int8')
m = np.array([-9, -8, -2, -6], dtype=np.int8)
b = np.array([[3.0], [4.5], [1.0], [0.0]], dtype=np.float32)
b
b.all()
m.sum(axis=-1, keepdims=True)
m.base is b
c = m[3:]
b.flags.owndata
m[m == 2] = -3
np.argmin(b, axis=-2)
m[::-1] = 4
np.all(b, axis=1)
t = np.broadcast_to(m, (2, 4))
np.argmax(t, axis=-2)
np.prod(t)
c.itemsize
t < -2.0
t
np.maximum(t, 6)
3.0 + b
np.add(c, 1, out=c)
np.any(b, axis=-1)
c.tolist()
y = b.flatten()
y[3] = 0.25
type(m)
r = y[[3]]
y // -1.5
len(r)
c = m[:, None]
type(y)
c.base is m
c.base is m
y %= 0.25
b = np.arange(6, dtype=np.uint32).reshape(3, 1, 2)
r = y[[-3, 0, 1, -3]]
y.dtype.name
a = np.arange(4, dtype=np.uint32).reshape(4, 1)
print(m)
c = c.T
np.min(t)
