m = np.linspace(0, 2, 4, dtype='float64')
x = np.array([[[4, -5], [-9, 6], [4, 1]], [[5, 9], [-2, -5], [2, -4]]], dtype=np.int16)
x %= 4
v = m.T
m[...] = v
x == x
b = np.arange(6, dtype='int32').reshape(3, 1, 2)
v.min(axis=-1)
r = x[0:, 3:3]
np.maximum(v, 1.0, out=m)
m = np.array([[4, 20, 12]], dtype='uint32')
b[:] = -2
t = np.broadcast_to(r, (3, 2, 0, 2))
x[::-1, ::2, ::-1] = 7
print(r)
x.reshape(13, 1)
r - x
len(r)
m = np.arange(6, dtype=np.uint32)
abs(x)
m[-4] = 5
s = x[[1, 1], -1]
