x = np.zeros((2, 0), dtype='int64')
b = np.arange(0, dtype='int64').reshape(0)
b = np.array([1, 19, 5, 7, 19], dtype=np.uint8)
x > x
v = b[None]
b
b.flags.c_contiguous, b.flags.f_contiguous
x[::-1, :] = -3
v < 4
-v
print(b)
v[..., 1:1] = 2
x[2::-2] = 0
v = x[::3, None]
b[...] = 2
t = x.reshape(2, 0)
v > 2
t * 4
s = v[[-1]]
b
-2.0 + t
x.base is None
x[::-2, :] %= 6
abs(t)
t %= 6
b[:] = 5
s
r = s.flatten()
t + v
np.multiply(t, -2, out=t)
x % 7
y = s[[0, -1, 0, -1], 0]
_ = np.maximum(b, 5, out=b)
v[v == 6] = -2
