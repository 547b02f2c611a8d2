a = np.arange(3).reshape((1, 3)) % 3 == 0
b = np.arange(1, 7, dtype=np.int32)
a = np.arange(1, 13, dtype=np.int8).reshape(2, 2, 3)
np.multiply(a, 6, out=a)
b //= 1
t = np.broadcast_to(b, (2, 1, 6))
t = a[:]
t == 2
b * b
r = np.broadcast_to(a, (3, 2, 2, 3))
np.where(a > 2, a, 4)
r[0] = 1
r = b[4::-2]
r[-3] = 4
y = b[b >= 2]
t = np.expand_dims(y, -1)
w = r[r == 7]
t %= 7
np.count_nonzero(y, axis=0)
w[...] = 5
r = np.copy(a)
t
a.flags.writeable = False
y[2::-1] = -2
b[:] = -1
r.flags.writeable = False
t.any()
w - -3
a == r
t.argmax()
b.base is b
w.itemsize
c = b[..., None]
y *= 6
a = np.arange(1, 7, dtype='int64').reshape(3, 1, 2)
a = np.arange(5, dtype=np.int64).reshape(5)
t - w
_ = np.subtract(a, -3, out=a)
np.mean(r, axis=2)
a = np.arange(6, dtype=np.float32).reshape(3, 1, 2)
b[1:4] = 0
_ = np.minimum(c, 7, out=c)
7 + r
w[w < 6] = -3
t = r.copy()
b * c
v = w[w == 7]
t = np.reshape(t, (12,))
c -= 7
