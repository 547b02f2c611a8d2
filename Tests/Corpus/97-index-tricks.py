np.s_[::2], np.s_[1:3, ::-1], np.s_[5], np.s_[...], np.index_exp[2:4]
np.arange(10)[np.s_[2::3]]
np.mgrid[0:3, 0:2]
np.mgrid[0:4], np.mgrid[1:2:0.25], np.mgrid[0:2, 0:1.0:0.5].dtype
np.ogrid[0:3, 0:2]
np.ogrid[0:5]
np.r_[1:4, 0, 4], np.r_[np.array([1, 2]), 3, np.array([4, 5])], np.r_[[1, 2], [3]], np.r_[2.5, 1:3]
np.r_[np.ones((2, 2)), np.zeros((1, 2))]
np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])], np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])]
np.r_[:3]
np.mgrid[:3]
b = np.arange(20).reshape(4, 5)
b[np.s_[::2, 1:]], b[np.index_exp[1]], np.delete(b, np.s_[::2], axis=1)
np.insert(np.arange(5), np.s_[1:3], 0)
x, y = np.ogrid[0:2, 0:3]
x + y, (x * y).strides
np.mgrid[3:0:-1, 0:2].shape, np.mgrid[0:1:0.5, 0:3].dtype, np.ogrid[0:3:1.5]
np.r_[np.arange(3)[::-1], -1:-3:-1], np.c_[np.arange(3)[::-1], np.ones(3)], np.r_[np.int8(1), 2]
np.c_[1:3]
np.r_[()]
