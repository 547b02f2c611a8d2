x = np.arange(0, dtype='float32').reshape(2, 0)
m = np.array([[6], [8], [8], [6]], dtype=np.int64)
x[:] = 2.5
x * x
x
x = np.array([[13, 12, 18]], dtype='uint32')
np.maximum(x, 1)
m = np.ones((6,), dtype='int32')
m[5::-1] = 6
x.tolist()
x[:] = 6
m[0, 0]
v = m[:]
x
np.minimum(x, 3, out=x)
m is x
x[x > 2] = 1
y = x[1:]
x //= 3
m.dtype.name
t = v.astype('uint16')
t[t > 1] = 5
np.cumsum(v, axis=0)
v = t[[-1]]
c = t[[-4, -1, -4]]
v[v < 7] = 7
x[...] = 5
