a = np.array(-3, dtype=np.int16)
x = np.array(3, dtype=np.uint16)
x = np.array([2, 8, 0, 3], dtype=np.int32)
r = np.reshape(x, (2, 2))
r += 6
t = r.T
y = a[()]
t[...] = a
y = a[...]
a / r
_ = np.add(y, 4, out=a)
x.sum()
r *= -2
s = t[None, ::2]
v = y[...]
v = x.view('uint16')
np.shares_memory(r, a)
print(s)
s = t.T
y = s[s == 7]
x = np.array([[-5, 7, 2], [1, -7, -6]], dtype=np.int32)
np.abs(t)
s[-2, 1] = -1
t *= -2
x = np.array([[0.25], [4.5], [1.5], [-0.5]], dtype='float64')
y = a[...]
s += -2
np.negative(t)
r.dtype
r.dtype.name
r.reshape(5, 1)
y > y
v = x.reshape(1, 4)
s.flags.writeable
a = np.array([2, 8, 3, 5], dtype='uint8')
t < 2.0
s = np.broadcast_to(s, (3, 2, 2))
np.sum(v, axis=-1)
a
s * -2
r
y[()] = -2
y.mean(keepdims=True)
v[v == 1.0] = -2.0
y[()] = 1
t = v.swapaxes(-2, -1)
s // y
y[...] = 1
t * 2.5
print(a)
