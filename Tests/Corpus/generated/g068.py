a = np.full((1, 3), 3.0, dtype=np.float32)
x = np.array([[3], [1], [17], [15]], dtype=np.uint32)
a = np.array(0)
x[-4, -1] = 5
np.add(x, 1, out=x)
4 * x
x
a.dtype.name
a
x[0, -1]
x + x
x.base is a
a % x
a[()]
x + a
np.where(a > 3, a, 1)
s = x[x >= 7]
s[...] = 3
a[0]
type(x)
x.item(2)
a[()] = 4
b = np.arange(6, dtype='int8').reshape(6)
abs(s)
r = x.flatten()
a
s.sum(axis=0)
b.flags.owndata
a[...] = 2
s[0] = 2
r.dtype.name
r = np.transpose(s)
y = a[...]
y
y = r.flatten()
r = np.broadcast_to(b, (2, 6))
np.sum(r, axis=0, keepdims=True)
a[()] = 5
v = np.reshape(y, (1, 2))
np.where(x > 7, x, 7)
w = r.swapaxes(1, -2)
y = np.array(a)
s = np.broadcast_to(b, (2, 1, 6))
