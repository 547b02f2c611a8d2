m = np.array([-6, -1, 0, -8], dtype=np.int64)
x = np.array([4, 17, 4, 7, 11], dtype=np.uint8)
a = np.arange(1, 5, dtype=np.int8).reshape(4)
s = x[x < 1]
_ = np.multiply(s, 7, out=s)
m[1:1] = -1
s.cumsum()
s.base is m
a.flags.writeable
a.tolist()
m.base is m
np.mean(m, axis=0)
x.flags.c_contiguous, x.flags.f_contiguous
s[s < 5] = 6
np.count_nonzero(s, axis=-1)
v = x.view(np.int8)
x.base is m
s.base is x
x //= 2
v = a[3:]
b = np.array([[0, -9, -9], [5, -5, -4]], dtype=np.int32)
s
s % 3.0
np.any(m, axis=0)
s = m[None, :]
_ = np.subtract(v, 7, out=b)
s = s[:, -2]
