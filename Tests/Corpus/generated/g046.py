m = np.array([[False, True, False]], dtype=np.bool_)
a = np.array([], dtype='bool')
w = np.reshape(a, (0, 3))
a is w
a == a
w.tolist()
m[0, -3] = 1
np.greater(m, 3, out=m)
w
np.greater(w, 7, out=w)
a[a == 6] = 7
a ^ True
w ^ m
w[w == True] = -3
a[...] = False
m[1:, -3] = 4
s = np.broadcast_to(a, (3, 0))
w
s = s.astype(np.uint64)
x = np.arange(1, 13, dtype=np.float64).reshape(3, 4)
np.shares_memory(m, w)
~a
t = np.expand_dims(s, -3)
m[0, -3] = True
b = np.array(1)
w = a.astype('int64')
x[...] = b
m % b
np.may_share_memory(m, t)
m[2, 0]
b[...] = 7
w[:] = 7
abs(b)
c = m[[-1, -1, 0, 0]]
m[:] = False
t.prod(axis=-1)
w = np.copy(t)
x
v = c[2, ::-1]
b[...] = 2
x.base is b
c = v.astype(int)
w
m = np.ones((5,), dtype=np.uint64)
t.base is None
v.mean()
x
a.flags.writeable = False
