a = np.arange(6)
b = a.reshape(2, 3)
b
b.base is a
b.shape, b.strides
b.T
b.T.shape
b.T.strides
b.T.base is a
b.transpose()
np.transpose(b)
c = b.T
c.flags.c_contiguous, c.flags.f_contiguous
c.ravel()
c.ravel().base is None
b.ravel().base is a
np.ravel(c)
b.flatten()
b.flatten().base is None
a.reshape(3, -1)
a.reshape(-1)
a.reshape((1, 6))
np.reshape(a, (3, 2))
c.reshape(6)
np.may_share_memory(c.reshape(6), a)
x = np.arange(24).reshape(2, 3, 4)
x.shape
x.ndim, x.size
x.strides
x.transpose().shape
x.transpose(1, 0, 2).shape
x.transpose(1, 0, 2).strides
x.swapaxes(0, 2).shape
np.swapaxes(x, 0, 1).strides
np.moveaxis(x, 0, -1).shape
np.moveaxis(x, -1, 0).strides
np.expand_dims(a, 0).shape
np.expand_dims(a, 1).shape
np.squeeze(np.zeros((1, 3, 1))).shape
np.zeros((1, 3, 1)).squeeze().shape
np.atleast_1d(5)
np.atleast_2d(a)
np.atleast_2d(a).base is a
a.shape = (3, 2)
a
b
a.shape
a.shape = (6,)
a
b.T[0, 1] = 100
a
