x = np.array([[[0, 1, -9], [6, 7, 1]], [[9, 7, -5], [9, 7, -9]]], dtype=np.int8)
b = np.array([1.0, 0.25, -1.0, 3.0], dtype='float32')
b.shape, b.strides
x.any(axis=-3)
b.dtype.name
np.maximum(b, 1.5)
b[0] = 2.0
y = b.flatten()
r = b.view('uint32')
np.subtract(x, -1, out=x)
x.flags.writeable = False
y.flags.owndata
x
r = b[3]
b % 3.0
w = np.expand_dims(x, -4)
r = w.astype(np.int16)
y[-2] = -1.5
r % 6
w += 1
b[::3] = -0.5
a = np.array([[[9, -6], [-1, -1], [-5, 9]], [[-2, -9], [7, -6], [0, -5]]], dtype=np.int16)
y + 1.5
y == -1.5
r - w
x + -3
y.prod()
r
b.argmax(axis=0)
r.base is a
a = np.arange(5, dtype='uint8')
b[0, 0]
w
np.may_share_memory(y, a)
c = np.squeeze(a)
x
r[0, 1, 0, 1] = 2
np.where(a > 7, a, 2)
c = a[a >= 5]
r = x[[0, -1, -2]]
len(b)
r[:, 1] = -3
