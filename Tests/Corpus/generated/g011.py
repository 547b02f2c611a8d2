m = np.array([[15, 20, 19]], dtype=np.uint64)
b = np.arange(0, dtype=np.int8).reshape(2, 0)
m = np.array([[[19, 0], [16, 2], [1, 1]], [[6, 7], [19, 0], [14, 10]]], dtype='uint32')
b / b
a = np.array([[[2, 8], [10, 7], [16, 9]], [[0, 2], [18, 3], [12, 3]]], dtype=np.uint32)
b
a = np.arange(1, 6, dtype='int32')
a[:] = 6
c = a.astype('uint16')
r = b[..., :]
np.where(b > 7, b, 2)
c[4] = 1
a[4] = 0
a.sum(keepdims=True)
m[1, -3, -2]
r = r[:, :]
w = np.expand_dims(c, 0)
np.shares_memory(c, b)
t = r[0:, :]
r = t.astype('uint16')
_ = np.add(m, 2, out=m)
r == b
r = b.copy()
a // 5
s = b[None]
m.any(axis=-3)
a[a > 4] = -3
c = c[3]
b = np.ones((2, 3), dtype=np.uint8)
np.shares_memory(a, s)
w.argmin(axis=-2)
m.argmin()
print(s)
-2.0 < s
