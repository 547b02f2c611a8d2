b = np.arange(6, dtype=np.float32)
a = np.ones((2, 2, 3), dtype='int8')
np.mean(b, axis=-1)
np.shares_memory(a, b)
np.sum(b)
v = a[2:, 2:, 2]
a.sum(axis=1, keepdims=True)
np.where(v > 4, v, 5)
np.count_nonzero(b)
v - v
c = b[::2]
t = b.astype('uint8')
_ = np.subtract(a, 5, out=a)
print(a)
v // 6
c.dtype.name
b.dtype
t * t
v = t[t == 4]
b == t
a[...] = v
np.maximum(a, 4)
c[c == 0.5] = 3.0
c[-3]
np.shares_memory(a, v)
c
a.flags.writeable
-0.5 + b
w = c[1:]
w[[0]] = -0.5
w + v
b + -0.5
w
a = np.arange(-3, 3, dtype='int64').reshape(6)
c[0]
np.argmax(b, axis=-1)
w = c.astype('bool')
abs(a)
b.min(axis=-1, keepdims=True)
t[-3] = 5
t[4]
t[::2] = 4
a.prod(axis=0)
b
v[0]
w ^= True
a.argmax(axis=-1)
y = v[v >= 3]
