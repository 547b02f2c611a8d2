m = np.ones((1, 3), dtype=np.uint32)
b = np.arange(4).reshape((4, 1)) % 3 == 0
b = np.arange(-3, 3, dtype=np.float32).reshape(2, 3)
m > b
b.dtype.name
a = np.array([8, 2, -2, 1], dtype=np.int32)
np.argmin(b, axis=0)
s = a[0:4]
t = s[None]
s = a[3:]
b.any(axis=-2)
b.max(axis=0)
a % 3
np.subtract(s, 5, out=s)
t = s.astype(np.int16)
s < 5
np.cumsum(t, axis=0)
s.base is a
s = np.broadcast_to(t, (3, 3))
t.base is None
b.base is None
b = np.array([[-2.5, -1.0, 0.25]], dtype=np.float64)
b += -2.0
type(a)
np.argmax(b, axis=-1)
w = np.transpose(t)
np.cumsum(m)
print(t)
np.min(s, axis=0, keepdims=True)
m = np.array([[4.5, 0.0, -1.0, 1.0], [-1.0, -2.5, 0.5, 0.25], [0.5, 1.5, 1.0, 0.0]], dtype='float32')
m.cumsum()
m + 3.0
r = np.transpose(s)
b is t
a.itemsize
a.itemsize
w[0] = 6
y = r[..., None]
