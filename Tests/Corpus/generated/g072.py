x = np.array([[19, 4, 10]], dtype=np.uint64)
b = np.array([7, 14, 0, 14], dtype='uint16')
v = np.reshape(x, (3,))
w = x.astype('uint32')
w[0, 1] = 6
w[0::-2, ...] = 7
s = w[1::-1, 0]
v.cumsum(axis=0)
v[:3] = 6
b.flags.writeable = False
x[...] = 1
2 + v
print(x)
x.sum(axis=1)
r = np.expand_dims(v, 1)
v + 5
x += 5
x[...] = s
r[0, 1]
v = w[0:0, ::-1]
y = np.broadcast_to(b, (2, 4))
a = np.array([[8, 1, -7], [8, -5, 5]], dtype='int16')
