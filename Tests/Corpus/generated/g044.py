b = np.arange(5, dtype=np.uint16)
a = np.array([[[3, 9]], [[3, 1]], [[2, -7]]], dtype=np.int16)
b[3] = 5
c = a[..., None]
np.sum(b, axis=-1)
r = b[1]
c.item(2)
b[[2, 3]] = 6
c == b
c
v = a.ravel()
np.minimum(v, 0, out=v)
a[...] = 0
a[...] = 7
t = a.swapaxes(2, -3)
x = np.array([[[-8, -1, 6], [-1, -7, 7]], [[1, 8, 6], [-7, 0, 6]]], dtype=np.int16)
c = v[[-5, -1, -2, -4]]
t.base is b
x[-1, 0, 2] = 4
x / 1
t is b
b == 1
v += 3
v.argmin(axis=0)
r = b[..., None]
b = np.linspace(0, 1, 4, dtype=np.float32)
t = v.reshape(2, 3)
b.tolist()
np.all(x, axis=-1)
y = a.flatten()
v = x[..., 2::-2]
w = c.flatten()
x.tolist()
