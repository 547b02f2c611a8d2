a = np.arange(1, 1, dtype='int16')
m = np.arange(1, 1, dtype='float32').reshape(2, 0)
v = m.T
w = np.expand_dims(m, 2)
m.base is a
v = v.copy()
c = m[::-2]
a = np.array([-1, -5, 6, 6, -3, -1], dtype=np.int8)
w // 1.0
c[c == 1.0] = 1.5
1.0 > w
m = np.array([[[14, 4, 1], [9, 3, 17]], [[16, 1, 15], [14, 18, 6]]], dtype='uint16')
c.base is m
m.flags.owndata
y = w[1::-1, :, ::3]
m
v = y[[0, -1], :]
t = c[:, ...]
np.where(v > 3.0, v, 2.0)
-2.0 > t
m
y.any(keepdims=True)
a[-4] = 3
m
s = y.T
w[..., 1:] = 3.0
np.max(a)
w = w.view(np.uint32)
np.any(v, keepdims=True)
w[w < 2] = 2
a -= 1
c = m.flatten()
6 < m
r = m.astype('uint32')
a = np.ones((0,), dtype='int64')
s.all(keepdims=True)
c.base is m
c.tolist()
v = c.copy()
s = y.astype('int8')
c
