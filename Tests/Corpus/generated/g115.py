b = np.array([[8], [0], [0], [1]], dtype=np.int8)
m = np.arange(4).reshape((4, 1)) % 3 == 0
b = np.arange(12, dtype='uint32').reshape(2, 2, 3)
t = b[::-2]
np.argmax(t)
np.shares_memory(t, m)
y = m.astype(np.int32)
np.any(m)
np.where(y > 2, y, 5)
t.all(axis=1)
np.any(y, axis=-2, keepdims=True)
t.flags.writeable = False
y[:, -1] = 3
c = np.expand_dims(b, -4)
y.tolist()
y * 6
np.mean(m, axis=0)
w = b[..., None]
np.may_share_memory(m, t)
b.flags.owndata
m[-3, 0] = 0
t.flags.owndata
np.less(m, 7, out=m)
x = np.array([[True, True, False, False], [True, False, False, True], [False, False, True, True]], dtype='bool')
m = np.array([[[5, -2]], [[4, 3]], [[1, -3]]], dtype='int32')
t * b
b[1:, 0:, ::-1] += 7
np.less(x, 2, out=x);
w[0:2] += 6
t = y[[-4, 0, 0]]
np.shares_memory(c, b)
a = np.arange(6, dtype='uint32').reshape(2, 3)
np.argmax(a, axis=0)
w[w > 6] = 1
undefined_name + 1
y + m
t[0, 0].item()
w
y
a = np.array([-7, -8, -4, 9, -5], dtype=np.int16)
a[:] = 7
m = np.array([[[True, True, False], [True, True, False]], [[False, True, True], [False, False, True]]], dtype=bool)
v = a[-3, None]
c = np.broadcast_to(y, (2, 1, 4, 3))
4 + b
t.flags.c_contiguous, t.flags.f_contiguous
t
b + v
