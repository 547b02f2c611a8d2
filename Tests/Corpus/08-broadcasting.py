a = np.arange(3)
b = np.arange(3).reshape(3, 1)
a + b
a * b
b - a
m = np.ones((2, 3))
m + a
m * np.array([[10], [20]])
np.arange(6).reshape(2, 3) - np.array([1, 2, 3])
a[:, None] + a[None, :]
a[:, np.newaxis] * 10
np.arange(4).reshape(4, 1) == np.arange(4)
(np.arange(3) + np.zeros((2, 1, 1))).shape
(np.ones((4, 1, 3)) * np.ones((5, 1))).shape
np.array(5) + a
np.ones((1, 1)) + a
np.maximum(np.arange(4), 2)
v = np.broadcast_to(a, (2, 3))
v
v.shape
v.strides
v.flags.writeable
np.may_share_memory(v, a)
np.broadcast_to(5, (2, 2))
np.broadcast_to(b, (3, 4))
z = np.zeros((3, 3))
z[:] = a
z
z[:, 0:1] = np.array([[7], [8], [9]])
z
z[1] = 5
z
z[:, 2] = a * 10
z
z[...] = np.arange(3).reshape(3, 1)
z
z += a
z
z *= np.array([[1], [0], [-1]])
z
