b = np.array([[14, 19, 15], [19, 0, 16]], dtype='uint32')
m = np.array([[1.0, 1.0, -0.5], [-2.5, -1.0, -1.0]], dtype='float32')
m = np.array([], dtype=np.int16)
t = m[..., None]
v = b.ravel()
y = b[:]
np.minimum(b, 4, out=b)
np.may_share_memory(v, t)
v
np.minimum(v, 1, out=v)
b % 1
b[-2, 2] = 3
y[-2, 2]
t + m
w = np.squeeze(b)
v[8]
y.flags.owndata
w
b = np.array([[1.0, 0.25, 3.0, 3.0], [1.0, 0.5, 1.0, 0.5], [-2.5, -0.5, 2.0, -0.5]], dtype=float)
len(m)
y[0, 0, 0]
