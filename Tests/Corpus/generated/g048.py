b = np.array([[[16, 6, 13], [5, 4, 3]], [[15, 20, 7], [6, 16, 17]]], dtype=np.uint64)
b = np.ones((5,), dtype=np.uint32)
b = np.array(-4)
t = np.array(b)
t.prod()
t
t = t[...]
b
t[...] = 3
t[()] = 2
t.cumsum()
w = t.astype('int32')
b.base is b
np.shares_memory(t, w)
w + t
t.base is b
a = np.array([[[4.5, 3.0], [1.5, 2.0], [1.5, -1.0]], [[1.5, 3.0], [-1.0, 1.5], [-0.5, 0.0]]], dtype=np.float64)
a.sum(axis=3)
undefined_name + 1
t[...] = -3
t[()] = 7
t.flags.writeable = False
a[-1, -2, -2] = 0.5
c = w[...]
-c
a < 0.5
b.sum(keepdims=True)
t[()]
w == w
b + 0
w = a.T
c
t + -1
a * -2.0
a.flags.writeable = False
v = a[a < 2.5]
s = np.expand_dims(w, -2)
