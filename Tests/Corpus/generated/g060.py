b = np.zeros((5,), dtype='int64')
a = np.arange(4, dtype=float)
b = np.array([-5, 7, 8, 9, -8, 9], dtype='int16')
w = b[-3]
w = np.expand_dims(a, 0)
np.shares_memory(a, b)
w * b
w[-1, -3] = 1.5
r = b[4:5]
s = w[None]
np.maximum(a, 0.25, out=s)
s = b.ravel()
a + a
a.flags.writeable
y = s.reshape(1, 6)
y[0, 1] = 0
a[0]
y[y == 2] = 5
w is s
b.sum(axis=1)
b == s
w = y[::2, ...]
print(b)
print(y)
r[-1] = 1
np.negative(w)
s[s == 7] = -1
y = np.transpose(r)
a[-1] = 0.5
