a = np.arange(6).reshape(2, 3)
t = a.T
np.array(t, order='C').strides
np.array(t, order='F').strides
np.array(t, order='A').flags.f_contiguous
np.array(a, order='K').strides
np.array([[1, 2], [3, 4]], order='F').strides
np.array([1, 2, 3], ndmin=3)
np.array(a, ndmin=1).shape
np.array(a, copy=False) is a
np.array(a, copy=None) is a
np.array(a, order='X')
np.asarray(a, order='F').flags.f_contiguous
np.asarray(t, order='F') is t
np.asarray(a, order='C') is a
np.asarray(a, copy=True) is a
np.asarray(a, copy=False) is a
np.asarray([1, 2], copy=False)
np.asarray(a, dtype=float, copy=False)
np.copy(t, order='C').strides
np.copy(a, order='F').strides
np.copy(t, order='A').strides
np.copy(a, order='Q')
np.empty(3, dtype=np.int8).dtype
np.empty((2, 3), order='F').strides
np.zeros((2, 3), order='F').strides
np.zeros((2, 3), order='F').flags.f_contiguous
np.ones((2, 3), order='F').strides
np.ones((2, 2), order='c')
np.full((2, 3), 7, order='F').strides
np.full((2, 3), 7, order='F')
np.zeros_like(t).strides
np.zeros_like(a, order='F').strides
np.zeros_like(a, shape=(4,))
np.zeros_like(a, shape=(3, 2), dtype=float)
np.ones_like(t, order='C').strides
np.ones_like(a, shape=(2, 2))
np.empty_like(a, dtype=np.float32).dtype
np.empty_like(t, order='A').strides
np.empty_like(a, shape=(5,)).shape
np.full_like(a, 9, dtype=float)
np.full_like(t, 2, order='K').strides
np.full_like(a, 1, order='F').strides
np.full_like(a, 3, shape=(2, 2, 2))
np.full_like(a, 1000, dtype=np.int8)
np.eye(3, order='F').strides
np.eye(2, 3, k=1, dtype=int, order='C')
np.linspace(0, 1, 5, retstep=True)
np.linspace(0, 1, 4, endpoint=False, retstep=True)
np.linspace(2, 3, 1, retstep=True)
np.arange(-3, 3, 0.5, dtype=int)
np.arange(0, 1, 0.25, dtype=np.float32)
np.arange(0, 5, 1.5, dtype=np.int8)
np.full(2, 1000, dtype=np.int8)
np.full(3, -1, dtype=np.uint8)
np.array([1.5]).astype(int, casting="same_value")
np.array([1.0, 2.0]).astype(int, casting="same_value")
np.array([300]).astype(np.int8, casting="same_value")
np.array([1.5]).astype(int, casting="safe")
np.array([1.5]).astype(np.float32, casting="same_kind")
np.array([1.5]).astype(np.float32, casting="equiv")
np.array([1.5]).astype(int, casting="bogus")
t.astype(float, order='C').strides
a.astype(float, order='F').strides
a.astype(int, copy=False) is a
a.astype(int, order='F', copy=False) is a
