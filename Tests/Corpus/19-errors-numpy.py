a = np.arange(6)
a + np.arange(4)
np.arange(6).reshape(2, 3) + np.arange(2)
a.reshape(4)
a.reshape(4, 2)
a.reshape(-1, 4)
a[6]
a[1, 2]
a[::0]
np.arange(3).sum(axis=1)
np.zeros((2, 2)).max(axis=2)
b = np.zeros(3)
b[:] = np.arange(4)
b[[0, 5]]
np.concatenate([np.zeros(2), np.zeros((2, 2))])
np.stack([np.zeros(2), np.zeros(3)])
z = np.zeros((2, 2))
z.shape = (3,)
m = np.arange(6).reshape(2, 3)
m.T.shape = (6,)
np.broadcast_to(np.arange(3), (2, 4))
np.array([1, 2], copy=False)
np.array(a, dtype=float, copy=False)
np.array(a, copy=False) is a
np.zeros(3, dtype='int33')
np.uint8(300)
np.array([1, 2], dtype=np.uint8) + 256
int(np.arange(3))
bool(np.arange(3))
np.array([]).max()
np.array([1.0]) / 0
np.array([0.0]) / 0
np.sqrt(np.array([-1.0]))
np.log(np.array([0.0]))
np.arange(3) // 0
a.flags.writeable = False
a[0] = 1
a += 1
a.fill(0)
r = a[1:]
r.flags.writeable = True
np.add(a, 1, out=a)
a
