b = np.array([[[-5, 2], [-1, 5], [-9, 7]], [[-5, -8], [-3, 5], [-8, -4]]], dtype='int64')
x = np.arange(6, dtype='int8')
x = np.arange(5, dtype='uint8')
x.cumsum()
_ = np.minimum(x, 1, out=x)
v = np.reshape(b, (-1, 3, 2))
b % v
x.base is b
print(v)
print(v)
x
m = np.full((5,), 7, dtype='uint64')
c = x[None]
w = np.broadcast_to(m, (2, 5))
w = w[:-2, 0:1]
c = np.transpose(b)
m.shape
w / w
np.multiply(c, 1, out=b)
t = w.ravel()
b // 2
_ = np.multiply(b, 0, out=b)
_ = np.subtract(b, 1, out=v)
s = v[1:2]
t.flags.owndata
v % 2
c += -3
c.base is x
m[:] = 1
c[...] = b
b[:, ::-1, 1::-1] *= 1
t = b.T
x
t * 4
