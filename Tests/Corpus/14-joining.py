a = np.arange(3)
b = np.arange(3, 6)
np.concatenate([a, b])
np.concatenate((a, b))
np.concatenate([a, b], axis=0)
c = np.concatenate([a, b])
c.base is None
np.may_share_memory(c, a)
np.stack([a, b])
np.stack([a, b], axis=1)
np.stack([a, b], axis=-1).shape
np.vstack([a, b])
np.vstack([a, b]).shape
np.hstack([a, b])
np.hstack((a, b, a))
m = np.arange(4).reshape(2, 2)
np.concatenate([m, m])
np.concatenate([m, m], axis=1)
np.vstack((m, a[:2]))
np.hstack([m, m])
np.stack([m, m]).shape
np.stack([m, m], axis=2)
np.concatenate([a, np.array([1.5])])
np.hstack([np.zeros(2), np.ones(3)])
np.vstack([np.zeros(2, dtype=np.int8), np.ones(2, dtype=np.int16)]).dtype
x = np.concatenate([a])
x is a
x[0] = 99
a
x
s = np.stack([a, a])
s[0, 0] = -1
a
np.concatenate([a[::2], b[::-1]])
np.concatenate([m.T, m])
