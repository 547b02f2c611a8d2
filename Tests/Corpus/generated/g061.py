b = np.array([15, 11, 11, 2, 12, 14], dtype=np.uint8)
x = np.array([[-7, -4, 1], [-9, 4, -5]], dtype='int16')
c = x.view(np.int16)
x[:] = 7
_ = np.subtract(c, -1, out=x)
x * 0.25
b[:] = 4
x *= 3
s = np.reshape(b, (2, 3))
c[...] = x
type(s)
y = x.view('int8')
x.tolist()
s = y.astype(np.uint32)
x.base is x
t = x[-2, None]
s
r = s[s != 4]
r.dtype.name
y
np.negative(c)
r = x.swapaxes(-2, 1)
y.flags.writeable = False
r[:-1, ::2] = 5
c.max()
s.base is b
c - c
t == 4
r = np.reshape(y, (2, 3, 2))
print(s)
t = y[::-1]
t = c.ravel()
np.minimum(x, 4, out=c)
b[-2]
c = y.ravel()
