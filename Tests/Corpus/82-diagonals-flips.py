a = np.arange(12).reshape(3, 4)
d = a.diagonal()
d, d.base is a, d.flags.writeable, d.strides, d.flags.owndata
a.diagonal(1), a.diagonal(-1), a.diagonal(5), a.diagonal(-5).strides
a.diagonal(5).shape
d[0] = 1
a.diagonal(0, 1, 0)
a.diagonal(0, 0, 0)
a.diagonal(0, 0, 2)
a.diagonal(axis1=-1, axis2=0)
np.arange(3).diagonal()
np.diagonal(a, 1)
b = np.arange(24).reshape(2, 3, 4)
b.diagonal()
b.diagonal(0, 1, 2)
b.diagonal(axis1=2, axis2=0).strides
np.diagonal([[1, 2], [3, 4]])
a[:, ::-1].diagonal()
np.flip(a)
np.flip(a, 0).base is a, np.flip(a, 0).strides
np.flip(a, (0, 1))
np.flip(a, axis=2)
np.flip(np.array(5))
np.flip(5)
np.flip([1, 2, 3])
np.fliplr(a), np.flipud(a)
np.fliplr(np.arange(3))
np.flipud(np.array(3))
np.rot90(a)
np.rot90(a).strides
np.rot90(a, 2)
np.rot90(a, -1)
np.rot90(a, 4).base is a
np.rot90(a, 1, (1, 0))
np.rot90(a, axes=(0, 0))
np.rot90(a, axes=(0, 2))
np.rot90(a, axes=(0,))
np.rot90(b, axes=(0, 2)).shape
np.diag(a)
np.diag(a).base is a, np.diag(a).flags.writeable
np.diag(np.arange(3))
np.diag(np.arange(3), 1)
np.diag(np.arange(3), -2)
np.diag(a, 1), np.diag(a, -1)
np.diag(b)
np.diag(5)
np.diag([1.5, 2])
np.trace(a), a.trace(), np.trace(a, 1), np.trace(b)
np.trace(a, dtype=float)
a.trace(offset=-1)
np.trace(np.arange(3))
np.tri(3), np.tri(2, 4, 1, dtype=int)
np.tri(3, k=-1, dtype=bool)
np.tril(a), np.triu(a, 1), np.tril(a, -1)
np.triu(np.arange(3))
np.tril(b)
np.tril(5)
np.eye(3).trace()
c = np.zeros((3, 3))
np.fill_diagonal(c, 5)
c
np.fill_diagonal(c, [1, 2])
c
e = np.zeros((5, 3), int)
np.fill_diagonal(e, 4)
e
np.fill_diagonal(e, 7, wrap=True)
e
np.fill_diagonal(np.zeros(3), 1)
np.fill_diagonal(np.zeros((2, 2, 2)), 1)
np.fill_diagonal(np.zeros((2, 3, 2)), 1)
m = np.arange(16.0).reshape(4, 4)[::-1, ::2]
m.diagonal(), m.diagonal().strides
np.diag(m, -1), np.diag(m[::-1])
np.flip(m), np.flip(m).strides, np.flip(m, -1).base is m.base
np.rot90(m, 3), np.rot90(m, 3).strides
np.fliplr(m.T).strides, np.flipud(m.T).strides
np.shares_memory(np.flip(m), m), np.rot90(m).flags.writeable
f = np.flip(m)
f[0, 0] = -1
m
np.flip(a, (0, 0))
np.trace(m), np.trace(m, -1), np.tril(m), np.triu(m.T, -1)
np.diag(np.arange(4)[::-1], 1)
np.diag(np.array([True, False]))
np.tri(0), np.tri(2, 0), np.tri(3, 2, -5)
np.trace(b, axis1=0, axis2=2)
np.trace(np.ones((2, 2), dtype=np.int8)).dtype, np.trace(np.ones((2, 2), dtype=np.float32)).dtype
out = np.zeros(4)
np.trace(b, out=out)
out
np.diagonal(b, 1, 2, 0)
np.fill_diagonal(m, 9)
np.trace(b, 0, 1, 2), np.trace(b, axis1=2, axis2=0)
o = np.zeros(())
a.trace(1, 1, 0, np.float32, o)
o
a.trace(axis1=1, axis2=0, dtype=np.int8)
