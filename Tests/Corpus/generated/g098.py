x = np.array(3, dtype='uint16')
x = np.array([[[False, False]], [[True, False]], [[False, False]]], dtype='bool')
s = x[1]
r = x[x != 7]
s[:] = -1
x.flags.c_contiguous, x.flags.f_contiguous
r.argmax()
r ^ True
np.sum(x, keepdims=True)
s.argmin(axis=0)
c = x.ravel()
x = np.array([[[4.5, 0.0, 4.5], [1.0, -1.0, 2.0]], [[-1.0, 3.0, -1.0], [1.0, 1.0, 0.0]]], dtype=float)
c.prod(axis=0)
r == 1
c.prod(keepdims=True)
np.where(s > True, s, 4)
s
c[2] = True
x[...] = 0.5
print(x)
v = c[[4, 1]]
x[x > 0.5] = 2.5
r.dtype.name
np.where(r > True, r, 6)
x + x
w = s[0, 0:1, None]
r[3]
x.tolist()
v = w[:0]
c[c == 4] = False
v = np.copy(s)
