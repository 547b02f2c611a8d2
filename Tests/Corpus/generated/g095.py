m = np.array([False, False, True, False], dtype='bool')
b = np.arange(1, 13, dtype=float).reshape(2, 3, 2)
b[:2] = 2.0
np.count_nonzero(b, axis=-1)
m.base is m
np.mean(m, keepdims=True)
b[b > 1.5] = 1.5
b.all(axis=2)
m.max(axis=-1)
np.may_share_memory(m, b)
b.base is b
v = b.view(np.uint64)
len(v)
x = np.full((2, 2, 3), 2, dtype='int16')
x = np.array([13, 11, 13, 15], dtype=np.uint64)
np.may_share_memory(v, m)
w = m[..., None]
c = x[m]
np.add(x, 6, out=x)
m
t = v[v > 5]
t.base is x
np.may_share_memory(v, c)
r = c[[-1, 0, 0]]
m = np.arange(0, dtype=np.uint64)
s = b[[0, 0, -1, -1]]
np.minimum(c, 7, out=r)
print(x)
-v
b.sum(axis=-2)
v.flags.writeable = False
b - 1.0
w ^= True
w = v.copy()
v.itemsize
_ = np.minimum(c, 1, out=x)
m.sum(axis=-1)
t = t[t > 3]
print(x)
w = np.expand_dims(c, 0)
s = np.squeeze(v)
v = x[:-2, None]
w = v[1, :-1]
len(s)
