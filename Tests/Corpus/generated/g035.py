b = np.array([18, 1, 16, 8], dtype=np.uint8)
x = np.arange(6, dtype=np.float32).reshape(3, 1, 2)
a = np.arange(6, dtype='uint32').reshape(2, 3)
a % 2.0
v = b[:]
v == 3
v.shape, v.strides
a = np.arange(1, 7, dtype=np.float64).reshape(2, 3)
b[-1] = 4
v = b[b > 1]
v = b[:]
b[0]
np.negative(v)
x.dtype
v[[1]] = 3
np.maximum(x, 0.5, out=x)
np.add(b, 6, out=v)
type(b)
x.base is a
v[...] = b
_ = np.multiply(a, -0.5, out=a)
b + (-1)
v.min(keepdims=True)
print(v)
v = np.transpose(v)
a.flags.writeable
x
type(x)
c = v[..., None]
y = np.squeeze(c)
y = a.T
r = b[b == 4]
c = np.reshape(r, (0,))
c = c.ravel()
a.flags.writeable
r.base is None
a
