x = np.full((4, 1), 1.5, dtype=float)
a = np.array([], dtype=np.int16)
m = np.arange(0, dtype=np.uint64).reshape(0)
w = x[x > 1.5]
np.subtract(a, 0.5, out=w)
b = np.array([8, -3, -4, -3], dtype=np.int16)
m[0, 0]
b[::2] = -1
np.multiply(x, 3.0, out=x)
2.0 > x
undefined_name + 1
w[:] = 1.0
y = b[..., None]
w[...] = a
np.add(y, 1.0, out=x)
t = np.copy(y)
y[:] = -2
t = w.view(np.uint64)
x[3, 0]
v = np.broadcast_to(t, (3, 0))
r = x.view(np.uint64)
w = w[:]
x.reshape(-1, -1)
r / t
s = r[r > 4]
r.dtype.name
w > 0.25
r % 6
y[::-1, -1] = 7
v // 7
r = w[w == 2.0]
x is r
y.flags.writeable = False
w = np.broadcast_to(x, (3, 4, 3))
w = np.expand_dims(s, 1)
w += 2
np.min(x, keepdims=True)
m[0]
x[-4, 0] = -1.5
