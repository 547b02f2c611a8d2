m = np.array([[15, 19, 8, 6], [20, 1, 5, 9], [1, 5, 14, 5]], dtype=np.uint32)
a = np.arange(0, dtype=np.float64)
np.where(a > 2.0, a, 0.25)
m = np.array([[[-8, 2], [-4, 4], [8, -9]], [[5, 2], [-2, -9], [-5, -9]]], dtype='int32')
a.base is a
w = m[[1], 0]
s = np.squeeze(m)
y = a[a != 2.5]
m
w < 7
w
v = w.reshape(2)
r = v.flatten()
t = np.reshape(w, (1, 2))
s.sum()
np.abs(a)
r = m[0, ::3, 0::-1]
print(a)
s += 4
t.prod(axis=1)
w = a[a >= 3.0]
b = np.array([], dtype=np.uint64)
