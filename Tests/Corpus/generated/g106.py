a = np.arange(4, dtype='uint64').reshape(4, 1)
x = np.ones((5,), dtype='int8')
x = np.array([[[-5, -4, -1], [2, 6, 2]], [[-7, 0, 2], [1, -4, -5]]], dtype=np.int32)
y = a.squeeze(1)
_ = np.maximum(x, 0, out=x)
w = a[::-1]
_ = np.minimum(w, 4, out=w)
w[...] = a
np.shares_memory(x, a)
len(a)
print(y)
a
y
w = w[w > 1]
w - w
y[4]
a[..., :] += 2
r = w.view(np.uint32)
a + (-1)
a == 3
a[..., 0] = 3
np.maximum(r, 1)
w.base is x
s = y.view('int32')
y = np.broadcast_to(w, (2, 2))
r[6]
r = np.reshape(r, (1, 4))
a % a
_ = np.maximum(r, 6, out=r)
np.subtract(s, -2, out=s)
x = np.arange(-3, 0, dtype='float32').reshape(1, 3)
v = np.copy(s)
a.reshape(-1, -1)
c = s.astype(np.uint32)
np.all(w)
a * 3
a
c = s[-5]
_ = np.maximum(s, 6, out=v)
t = np.expand_dims(y, 0)
r[[0]] = 2
y % 4
