x = np.array([[5], [4], [14], [19]], dtype=np.uint64)
a = np.arange(6, dtype='uint8')
a = np.array([[8], [-4], [1], [-4]], dtype='int32')
a[::-1, ::-1] -= 4
x.base is x
x.max(keepdims=True)
t = a.squeeze(1)
b = np.zeros((0,), dtype='int16')
np.multiply(a, 4, out=a)
s = np.broadcast_to(a, (2, 4, 3))
s.tolist()
x[x > 4] = 5
s.strides
x.flags.writeable = False
np.may_share_memory(s, x)
t
np.may_share_memory(t, a)
w = np.broadcast_to(a, (3, 4, 3))
s
np.count_nonzero(b, axis=0)
t -= 0
t[0:] = -2
np.min(x)
r = b[:]
x + w
y = b.T
w - 4
s < 0
s.max(axis=-3)
b.flags.writeable = False
w - w
s.argmax()
r[r < 3] = -3
r / a
s
c = b[:]
