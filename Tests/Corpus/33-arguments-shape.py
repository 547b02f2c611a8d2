a = np.arange(6).reshape(2, 3)
np.array([[1, 2], [3, 4]]).flatten('F')
a.flatten(order='A'), a.T.flatten('A'), a.T.flatten('K'), a[:, ::-1].flatten('K')
a.flatten('Q')
a.ravel('F'), a.T.ravel('K'), a[::-1].ravel('K'), a.T.ravel('A')
np.ravel(a, order='F')
np.ravel(a.T, 'A').base is a
a.ravel(order='X')
np.arange(6).reshape(2, 3).reshape((3, 2), order='F')
a.reshape(3, 2, order='F')
a.reshape((3, 2), order='A')
a.T.reshape(6, order='A')
a.reshape(6, order='K')
np.reshape(a, (3, 2), order='F')
np.reshape(a, (3, 2), copy=True).base is a
np.reshape(a.T, (6,), copy=False)
np.reshape(a, (6,), copy=False).base is a
a.reshape((3, 2), copy=True).flags.owndata
a.reshape(3, 2, copy=False).base is a
a.reshape()
a.copy(order='F').flags.f_contiguous
a.copy(order='A').strides, a.T.copy(order='A').strides, a.T.copy(order='K').strides
a.copy(order='X')
np.atleast_3d(5).shape, np.atleast_3d([1, 2]).shape, np.atleast_3d(a).shape, np.atleast_3d(np.zeros((1, 2, 3))).shape
np.atleast_3d(1, [2, 3])
np.atleast_1d(1, [2, 3])
np.atleast_2d(a, 1)
np.nonzero(np.array([[0, 1], [2, 0]]))
np.moveaxis(np.zeros((3, 4, 5)), [0, 1, 2], [-1, -2, -3]).shape
np.moveaxis(np.zeros((3, 4, 5)), (0, 1), (1, 2)).shape
np.moveaxis(np.zeros((3, 4, 5)), [0, 1], [1])
np.moveaxis(np.zeros((3, 4, 5)), [0, 0], [1, 2])
np.expand_dims(np.arange(3), (0, 2)).shape
np.expand_dims(np.arange(3), [0, -1]).shape
np.expand_dims(np.arange(3), (0, 0))
np.expand_dims(np.arange(3), 3)
np.squeeze(np.zeros((1, 3, 1)), axis=(0, 2)).shape
