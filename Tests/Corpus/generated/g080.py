m = np.ones((2, 3), dtype=np.uint8)
b = np.array(-1.5)
b = np.arange(6, dtype=np.int32).reshape(2, 3)
c = b.copy()
x = np.arange(1, 7, dtype='int64').reshape(2, 3)
x.tolist()
b <= m
np.shares_memory(m, c)
-3 - b
np.add(m, 5, out=m)
c.sum(axis=2)
c.base is b
x[-1, 0] = -2
m
c
x.reshape(8)
m[m < 3] = 1
b[::3, 1::-1] += 2
w = x[x < 6]
b.sum(axis=2)
y = b[b == 2]
b.undefined_name
_ = np.subtract(y, 1, out=y)
b
np.may_share_memory(x, w)
w[2] = 5
y[5]
y[-1]
