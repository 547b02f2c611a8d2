m = np.arange(-3, 9, dtype=np.int64).reshape(3, 4)
b = np.arange(-3, 2, dtype=float)
x = np.array([[[True, True]], [[False, False]], [[True, False]]], dtype=bool)
b.mean(axis=0)
m[:-2] *= 6
x == False
s = np.squeeze(m)
m = np.arange(0).reshape((2, 0)) % 2 == 0
np.where(b > 3.0, b, 1.5)
np.may_share_memory(m, b)
s.any(axis=-2, keepdims=True)
w = b[:]
w.flags.writeable
np.max(x, axis=-2)
c = x.T
s + s
w = s.T
w[4, 0]
b[1] = 0.25
w = w[2:, ...]
w
b[2:5] = -1.5
c == w
x & x
m
r = np.squeeze(w)
c ^ False
w = b.copy()
a = np.array([[-8, -1, -9], [3, -8, -5]], dtype=np.int32)
w / b
np.equal(c, 6, out=c)
