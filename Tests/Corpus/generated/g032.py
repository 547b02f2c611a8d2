b = np.zeros((2, 2, 3), dtype='int64')
a = np.arange(4, dtype=np.uint8).reshape(4, 1)
b.argmax()
print(a)
a[-1, 0]
v = a[..., None]
s = a[0, ...]
v + s
v
b[[0, 1]] = 7
a[3, -1]
a.sum(axis=0, keepdims=True)
b[-2, 0, -1] = 6
b > b
v //= 2
v
s = np.copy(a)
np.maximum(b, 0, out=b)
s = v[:-1, None]
7 + v
b = np.ones((4, 1), dtype='float64')
b[...] = 2.5
