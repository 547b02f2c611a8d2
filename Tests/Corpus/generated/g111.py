x = np.array([5, 20, 6, 13, 17], dtype=np.uint32)
b = np.array([[[-1, 3], [-2, 2], [6, -8]], [[1, -2], [9, 5], [4, -7]]], dtype=np.int16)
b.base is x
x.flags.writeable
b // b
np.may_share_memory(x, b)
b + b
t = x.ravel()
np.maximum(b, 2)
np.minimum(t, 6, out=t)
b = np.array([[[-5, 8]], [[9, -1]], [[2, -8]]], dtype='int16')
-x
np.may_share_memory(b, t)
np.any(t)
b[-1, -1, 1] = 7
b.flags.owndata
x
b = np.arange(12, dtype='uint16').reshape(2, 2, 3)
x = np.array([[9, 8, -1], [1, -4, 4]], dtype='int64')
t[3] = 5
t.argmax()
t[3] = 5
t[-2] = 7
np.where(t > 6, t, 5)
t[...] = 5
v = np.broadcast_to(x, (3, 2, 3))
np.shares_memory(b, t)
m = np.arange(12, dtype=np.uint8).reshape(3, 4)
c = b.reshape(12)
w = c.flatten()
b = np.full((1, 3), 2, dtype=np.uint64)
x.flags.owndata
np.where(t > 7, t, 7)
m.argmin(axis=1)
print(t)
t / 4
t = c[[-3, -3, 6]]
s = c[[6, -6, 8, -7]]
w = s.astype('float64')
w.all()
v
a = np.arange(1, 1, dtype=np.float64)
x / t
x[0::-2] = 1
v = v[v != 6]
b
