i8 = np.arange(5, dtype=np.int8)
i8 + 1
i8 + 1.5
i8 * 100
(i8 * 100).dtype
i8 + 300
u8 = np.arange(3, dtype=np.uint8)
u8 - 1
u8 + np.int8(1)
(u8 + np.int8(1)).dtype
u8 + np.int64(1)
f32 = np.arange(3, dtype=np.float32)
f32 + 1.5
f32 * np.float64(2)
(f32 / 3)
f32 / 3.0
np.arange(3) / 2
np.arange(3) // 2
np.arange(-3, 3) % 3
np.arange(-3, 3) // 2
np.array([1.5, -1.5]) // 1
np.array([5.5, -5.5]) % 2
np.arange(5).astype(np.float32)
np.arange(5).astype('int8')
np.array([1.7, -1.7, 300.5]).astype(np.uint8)
np.array([1.7, -1.7]).astype(int)
np.array([0, 1, 2]).astype(bool)
a = np.arange(4)
a.astype(a.dtype, copy=False) is a
a.astype(a.dtype) is a
a.view(np.float64)
np.array([1, 2], dtype=np.int16).view(np.int8)
np.array([1.0]) / 0
np.array([-1.0, 0.0, 1.0]) / 0
np.array([2.0]) ** 1000
np.int64(7) // np.int64(2)
np.float32(0.1)
np.float32(0.1) + np.float32(0.2)
np.float64(0.1) + 0.2
np.int8(-128) // -1
np.uint8(200) + np.uint8(100)
np.array([True, False]) + np.array([True, True])
np.array([True, False]) * 3
np.array([1, 2]) == np.array([1.0, 2.5])
np.arange(3) < 1.5
np.float64(1) / 0
np.int64(1) / 0
2 ** np.arange(4)
np.arange(4) ** 2
np.arange(4.0) ** 0.5
np.arange(3) ** -1
-np.arange(3, dtype=np.uint8)
~np.arange(3)
~np.array([True, False])
-np.array([True])
np.abs(np.array([-1, 2]))
np.dtype('float32'), np.dtype(int), np.dtype('i4').name
np.int64 == np.dtype('int64')
a.dtype == 'int64', a.dtype.itemsize, a.dtype.kind, a.dtype.str
