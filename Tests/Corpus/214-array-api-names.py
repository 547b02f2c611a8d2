a = np.arange(6).reshape(2, 3)
np.concat([a, a]), np.concat((a, a), axis=1).shape, np.concat([a, a], axis=None)
np.concat([a, a], dtype=np.float32, casting='unsafe')
np.permute_dims(a), np.permute_dims(np.zeros((2, 3, 4)), (2, 0, 1)).shape
np.matrix_transpose(a), np.matrix_transpose(np.zeros((2, 3, 4))).shape
np.matrix_transpose(np.arange(3))
np.matrix_transpose([[1, 2]])
np.unstack(a)
np.unstack(a, axis=1)
np.unstack(np.array(3))
np.unstack(np.zeros((0, 2)))
b = np.unstack(a)[0]; b.base is a
np.cumulative_sum(np.array([True, True, False]))
np.cumulative_sum(np.array([100, 100], dtype=np.int8))
np.cumulative_prod(np.array([1, 2, 3]), include_initial=True)
np.cumulative_sum(np.array([[1, 2], [3, 4]]))
np.cumulative_sum(np.array([[1, 2], [3, 4]]), axis=1, include_initial=True)
np.cumulative_sum(np.array([[1, 2], [3, 4]]), axis=-2)
np.cumulative_sum(np.array([[1, 2], [3, 4]]), axis=2)
np.cumulative_sum(5)
np.cumulative_sum(np.array([1.5, 2]), dtype=np.int32)
np.cumulative_sum(np.array([], dtype=np.float32), include_initial=True)
o = np.zeros(3)
np.cumulative_prod([1, 2, 3], out=o); o
np.unique_values(np.array([3.5, 1, -2, 8, 1, 0.5, np.nan, np.nan]))
np.unique_values(np.array([True, False, True]))
np.unique_values(np.array([], dtype=np.float16))
r = np.zeros((3, 4, 5, 6))
np.rollaxis(r, 3, 1).shape, np.rollaxis(r, 2).shape, np.rollaxis(r, 1, 4).shape, np.rollaxis(r, -1, -2).shape
np.rollaxis(r, 4)
np.rollaxis(r, 1, 5)
np.rollaxis(r, 1, -5)
s = np.rollaxis(r, 1, 2); s.base is r, s.shape
