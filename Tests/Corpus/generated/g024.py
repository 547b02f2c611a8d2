b = np.array([-7, -5, 0, -9], dtype=np.int32)
m = np.arange(12, dtype='uint32').reshape(2, 2, 3)
b = np.array([[[15, 2, 8], [19, 5, 10]], [[9, 2, 17], [20, 11, 1]]], dtype='uint32')
m.flags.writeable
w = np.expand_dims(b, -2)
m[0, 0, -2]
y = m[0::-2, ...]
m.reshape(13, 1)
r = np.reshape(w, (2, 2, 3))
r[::-1, 1::-1] *= 7
r = r[0]
print(y)
np.abs(r)
w[0::-2] = 2
r[0:1, 1:1] = 3
y.tolist()
_ = np.add(r, 7, out=r)
b
m = np.array([True, True, True, False], dtype='bool')
s = np.reshape(y, (-1, 3))
7 + y
w = r[-1, :, None]
r.min()
r //= 3
np.maximum(m, 2)
y[-1, -1, -1]
y[...] = s
w.base is None
np.where(w > 2, w, 3)
r.mean()
print(r)
s = np.broadcast_to(w, (3, 3, 1))
0.25 + r
w.tolist()
b > r
y.base is b
y.flags.writeable
r * r
c = s[s < 3]
print(m)
a = np.arange(1, 1, dtype='int32').reshape(2, 0)
y.flags.writeable = False
