m = np.arange(12, dtype=np.int16).reshape(2, 2, 3)
a = np.arange(12, dtype=np.int8).reshape(2, 2, 3)
x = np.array([-4, -5, -3, 2, 2, 4], dtype='int32')
a * x
x.flags.writeable
np.sum(a, keepdims=True)
y = a[1::-1, 0:2]
np.minimum(y, 2, out=m)
m[[0]] = 4
y.base is m
np.any(y, axis=-3)
r = np.expand_dims(m, -4)
x.dtype.name
c = y.astype('bool')
r == 3
r = y[:1, 1, :]
v = np.copy(a)
r = a[..., None]
v == c
y = c[2::-2, ...]
m[-2, 1, -1] = -2
x = np.array(True)
r = r[[-2]]
r[-1, -2, -3, 0] = 4
