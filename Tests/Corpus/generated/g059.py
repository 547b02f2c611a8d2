m = np.array([False, True, False, True], dtype='bool')
x = np.array([[[-4, 7, -6], [-6, 2, -8]], [[1, 0, -7], [-8, -3, -7]]], dtype=np.int16)
x - 7
x.base is x
x + 3
np.minimum(x, 3, out=x)
m + True
x > 6
np.all(m, keepdims=True)
m[3] = 7
x
np.shares_memory(m, x)
v = m[:]
v = v[v >= 3]
a = np.array(6, dtype=np.uint8)
b = np.arange(5).reshape((5,)) % 3 == 0
np.greater(a, 7, out=b)
b.tolist()
np.where(v > True, v, False)
a.any()
a.cumsum()
r = b.astype(np.int16)
v * a
v + a
np.sum(x)
-2.0 + r
np.may_share_memory(m, b)
