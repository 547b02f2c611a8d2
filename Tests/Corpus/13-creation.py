np.zeros(3)
np.zeros((2, 3), dtype=int)
np.zeros(3, dtype='int32')
np.ones(4, dtype=np.int8)
np.ones((2, 1, 2))
np.full(3, 7)
np.full((2, 2), 1.5)
np.full(2, True)
np.arange(5)
np.arange(2, 10, 3)
np.arange(0, 1, 0.25)
np.arange(5, 0, -1)
np.arange(3.0)
np.linspace(0, 1, 5)
np.linspace(0, 10, 4)
np.linspace(2, 3, 3, endpoint=False)
np.eye(3)
np.eye(2, 3)
np.eye(3, dtype=int)
np.identity(2, dtype=int)
np.array([1, 2, 3])
np.array([[1, 2], [3, 4]])
np.array((1, 2, 3))
np.array([[1, 2],
          [3, 4]])
np.array([1, 2], dtype=np.float32)
np.array(3.5)
a = np.arange(4)
np.zeros_like(a)
np.ones_like(a, dtype=float)
np.full_like(a, 9)
np.full_like(a, 2.7)
e = np.empty_like(a)
e.shape, e.dtype
e = np.empty((2, 3))
e.shape, e.dtype
b = np.array(a)
b is a
b.base is None
np.may_share_memory(a, b)
c = np.asarray(a)
c is a
np.asarray(a, dtype=float) is a
np.asarray([1, 2])
d = np.copy(a)
d is a
np.may_share_memory(a, d)
np.array(a, copy=False) is a
np.zeros(0)
np.arange(1_000).size
np.full(3, 0x1F)
