a = np.array([[[7, 3], [17, 4], [4, 8]], [[18, 7], [4, 15], [19, 14]]], dtype=np.uint16)
b = np.arange(6, dtype=np.int8)
m = np.array([True, False, True, True, False], dtype=np.bool_)
np.max(a, axis=-2)
m[3] = 4
y = m[-1]
v = m[[-3, -2, -5, -5]]
b[2] = -3
s = np.expand_dims(m, 1)
v[v < False] = 0
s &= True
s + False
y = a.copy()
np.argmin(v)
np.all(y, axis=1)
t = np.expand_dims(m, -1)
s.sum(axis=1)
np.may_share_memory(s, a)
v != s
m[:5] = -3
a = np.array([[9, 3, 2]], dtype=np.uint8)
m.base is None
r = s[:, None, ::-1]
m[m < 1] = -1
b = np.array([[1], [-1], [-3], [-6]], dtype=np.int64)
np.may_share_memory(s, y)
s[s > 7] = 1
r.tolist()
~v
b + b
np.where(s > 1, s, False)
v = b[..., None]
r == True
r | False
x = np.arange(-3, -3, dtype=np.float32).reshape(0)
c = v.ravel()
s[s == True] = -1
t[:] = 2
