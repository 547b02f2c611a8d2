x = np.arange(1, 5, dtype='int16')
a = np.array([[12], [5], [14], [13]], dtype='uint8')
b = np.arange(5, dtype=np.int16)
x[2::-1] -= 7
b[-5] = -3
a.flags.owndata
s = np.squeeze(a)
a[5, 0]
a[a > 5] = 2
t = s.view(np.uint8)
r = a.ravel()
r = t[..., None]
np.maximum(t, 6)
v = np.copy(t)
b.flags.writeable = False
v = np.squeeze(s)
s.shape, s.strides
r.argmax(axis=0)
t[1] = 6
a = np.arange(5, dtype=np.int32)
y = s.copy()
r % v
r.tolist()
t = np.transpose(r)
r[0, -1] = 3
c = x[None]
_ = np.add(a, 4, out=a)
a[:] = 2
c = np.expand_dims(y, -2)
v[v < 5] = 6
x.flags.owndata
r.base is a
w = x[x > 2]
v[-1]
