x = np.array([17, 10, 20, 13, 7], dtype=np.uint64)
a = np.array([[], []], dtype=np.uint64)
a = np.array([], dtype=int)
w = np.expand_dims(a, 0)
x + x
a <= a
y = x[x > 2]
a
a.flags.owndata
s = y[1:1]
w[:] = 6
w.tolist()
y = s[s < 2]
t = np.expand_dims(s, 0)
a.reshape(-1, -1)
t.base is x
np.may_share_memory(y, w)
y.dtype.name
s.dtype.name
x.reshape(7)
b = np.arange(-3, 9, dtype='int64').reshape(2, 2, 3)
x.min(axis=0, keepdims=True)
len(t)
t == 5
w = b[[0, 0, -1, -1]]
x = np.full((4,), 6, dtype=np.int64)
t // 7
s
x = np.array([[8, 8, 1], [5, 15, 5]], dtype=np.uint64)
y[y == 5] = 7
np.abs(t)
s.base is a
b[[0, 1]] = 5
