a = np.array([1, 12, 17, 17, 10, 10], dtype=np.uint16)
a = np.arange(4, dtype=np.int16).reshape(4)
m = np.arange(1, 4, dtype=np.int8).reshape(1, 3)
v = np.expand_dims(a, -1)
a
m[[0]] = 1
m %= 5
a - m
v.prod(axis=1)
v - 7
v %= 4
a
c = v[:-4]
m.reshape(4, 1)
-c
m = np.array(5, dtype=np.int32)
t = a.T
a[1] = 5
v = c[c >= 4]
m[()] = 3
r = m[()]
