a = np.zeros((4, 1), dtype=np.uint32)
x = np.array([[0, 4, 1]], dtype=np.int16)
m = np.arange(0, dtype=np.int32).reshape(2, 0)
np.where(a > 7, a, 2)
_ = np.maximum(m, -1, out=m)
v = a.T
m * m
b = np.arange(6, dtype=np.uint32).reshape(3, 1, 2)
np.min(a, axis=0, keepdims=True)
r = v[-1, ::3]
w = b.squeeze(1)
b = np.arange(12, dtype=np.float32).reshape(3, 4)
r[[0, 1]] = 4
y = m[m < 5]
y = y[:]
v > 1
len(y)
y.flags.writeable = False
s = a[a > 3]
y += 1
