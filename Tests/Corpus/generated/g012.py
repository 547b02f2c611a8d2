x = np.full((3, 4), 3, dtype=np.int16)
m = np.array([-0.5, 1.5, 0.5, -0.5, 0.5], dtype=np.float32)
b = np.arange(3).reshape((1, 3)) % 3 == 0
np.sum(b)
s = x.copy()
t = m.ravel()
b.reshape(6)
s[s < 5] = 7
b ^= False
m[...] = 1.0
c = m[[-5, 1]]
c
m = np.array([[False, True, True, True], [True, True, False, False], [False, True, True, True]], dtype=bool)
np.min(c, keepdims=True)
x += 1
x
a = np.full((1, 3), 5, dtype=np.int32)
y = np.expand_dims(x, -1)
m.all(axis=1)
x.base is None
c.flags.c_contiguous, c.flags.f_contiguous
y <= b
v = c[[-1]]
v / 2.5
y.reshape(15)
a - x
m is s
np.any(s, axis=-1)
s.flags.owndata
b[:, 1:3] = 0
c = c[-2]
x[:] = 7
a[[0]] = 0
s = s[-1]
t
