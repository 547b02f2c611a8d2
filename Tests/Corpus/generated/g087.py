a = np.array([[[1, -6]], [[2, -9]], [[-1, 3]]], dtype=np.int64)
a = np.array([[6], [8], [5], [17]], dtype='uint32')
a.flags.writeable = False
x = np.array([[13, 10, 20]], dtype='uint16')
x
x[x < 7] = 7
x // 1.0
x = np.array([[1, 17, 3]], dtype='uint32')
a
x < 7
c = x.T
w = x[[-1, -1], 1:]
abs(c)
x[:] = 5
x.argmax(axis=-2)
np.may_share_memory(a, x)
w[w < 5] = 2
m = np.array(6, dtype=np.uint8)
w[:] = 3
c = x.T
c = np.squeeze(w)
v = m[...]
print(m)
y = m[...]
