x = np.zeros((2, 0), dtype='int8')
a = np.array(4)
c = a.copy()
x + x
np.where(x > 5, x, 2)
c[()] = 0
x.base is x
r = x[None]
np.minimum(r, -3, out=r)
print(r)
v = c[()]
t = np.broadcast_to(x, (3, 2, 0))
a = np.array([[[9, 3, -4], [-4, 7, -2]], [[-9, -3, 8], [8, -2, 3]]], dtype='int64')
r // 5
b = np.ones((3, 1, 2), dtype=np.uint64)
t.base is x
x[:, :] = 3
w = t.view(np.uint8)
a.flags.writeable
abs(r)
t = r.copy()
t = x[None]
x.cumsum()
s = x[-1, :]
