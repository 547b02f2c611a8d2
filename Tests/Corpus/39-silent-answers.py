# Each line once printed a different value from NumPy with no error (issue 10).
np.array([[1,2],[3,4]]).flatten('F')
np.arange(6).reshape(2, 3).reshape((3, 2), order='F')
a = np.arange(6).reshape(2, 3)
a.copy(order='F').flags.f_contiguous
a.copy(order='X')
np.argmax(np.arange(6).reshape(2,3), axis=1, keepdims=True)
np.array_equal([1, np.nan], [1, np.nan], equal_nan=True)
x = np.arange(6.).reshape(2, 3); b = np.zeros(3)
np.mean(x, axis=0, out=b)
b
np.concatenate((np.array([[1, 2]]), np.array([[3, 4]])), axis=None)
np.arange(-3, 3, 0.5, dtype=int)
np.array([1.5]).astype(int, casting="same_value")
y = np.arange(3.)
y.setflags(write=0, align=0); y.flags
np.full(2, 1000, dtype=np.int8)
np.sqrt(np.arange(4), out=np.zeros(4, dtype=int))
a.reshape()
int(True)
i32 = np.zeros(3, np.int32)
i32 += np.arange(3)
i32
m = np.arange(4); m[m > 1] = [1, 2, 3]
m[np.array([0, 1]), np.array([0, 1, 2])]
m2 = np.arange(6).reshape(2, 3); m2[np.array([0, 1]), np.array([0, 1, 2])]
m[np.array([0.0, 1.0])]
m[[0.5]]
