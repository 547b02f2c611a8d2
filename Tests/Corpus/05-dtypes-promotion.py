a = np.arange(3)
a.dtype
np.arange(3.0).dtype
np.array([1, 2.5])
np.array([1, True])
np.array([True, False]).dtype
x = np.array([1, 2, 3], dtype=np.int32)
x
x.dtype
x.dtype.name
x.dtype.itemsize
x.itemsize
x.nbytes
(x + 1).dtype
(x + 1.5).dtype
(x + np.int64(1)).dtype
(x + np.arange(3)).dtype
x / 2
(x // 2).dtype
u = np.array([1, 2, 250], dtype=np.uint8)
u + 10
u + 300
(u * 1.0).dtype
np.arange(4, dtype=np.uint16) - 1
np.zeros(2, dtype=np.uint32) + np.zeros(2, dtype=np.int32)
np.ones(2, dtype=np.int8) * np.ones(2, dtype=np.uint8)
(np.ones(2, dtype=np.uint64) + np.ones(2, dtype=np.int64)).dtype
f = np.array([1, 2], dtype=np.float32)
f + 1.5
(f + np.float64(1.5)).dtype
f + np.arange(2)
(f + np.arange(2, dtype=np.int8)).dtype
b = np.array([True, False, True])
b + b
b + 1
b * 2.5
np.array([1, 2], dtype='int16')
np.array([1, 2], dtype=float)
np.array([1, 2], dtype=int).dtype
np.array([1.7, -1.7]).astype(int)
np.array([1, 0, 2]).astype(bool)
x.astype('float32')
x.astype(np.float32).dtype
x.astype(np.int32, copy=False) is x
x.astype(np.int32) is x
np.int8(100) + np.int8(100)
np.zeros(2, dtype=np.uint8).nbytes
np.arange(3, dtype=np.int16) * 1000
