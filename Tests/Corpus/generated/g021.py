m = np.arange(1, 7, dtype=np.float64)
b = np.arange(4, dtype=np.uint64).reshape(4, 1)
x = np.array([[0.0, 0.0, -2.5, 1.0], [1.0, 3.0, 1.5, -2.5], [0.5, 2.0, 1.5, -1.0]], dtype=np.float32)
np.sum(x, axis=-2, keepdims=True)
m / m
v = m.reshape(-1, 6)
np.sum(b, axis=1, keepdims=True)
np.may_share_memory(v, x)
v > 1.0
x.item(7)
a = np.arange(3, dtype='uint64').reshape(1, 3)
np.subtract(m, 2.0, out=v)
x
_ = np.add(x, 2.0, out=x)
print(m)
np.prod(v)
v[0, 9]
np.where(b > 2, b, 2)
np.negative(m)
v = x.view('uint32')
b = np.arange(12, dtype=np.int16).reshape(3, 4)
m[9]
b = np.ones((3, 1, 2), dtype=np.uint8)
m < -2.0
print(a)
