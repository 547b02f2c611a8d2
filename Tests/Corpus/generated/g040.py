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
t = np.copy(c)
_ = np.multiply(c, -2, out=b)
np.where(w > 3, w, 1)
w = b[b != 5]
x = np.full((2, 3), 1, dtype='int32')
m
s = v[1:2]
t.flags.owndata
v % 2
v[-1, 2, 0] = 6
s = c.ravel()
v -= -1
x[0, 0].item()
np.where(b > 3, b, 3)
m = np.arange(4, dtype=np.uint8).reshape(4, 1)
s.base is b
