def myfunc(a, b):
    if a > b:
        return a - b
    else:
        return a + b

vfunc = np.vectorize(myfunc)
vfunc([1, 2, 3, 4], 2)
vfunc(np.array([[1.5], [3]]), np.array([1, 2, 3]))
vfunc(3, 1)
vfunc([], 2)
vf = np.vectorize(myfunc, otypes=[float])
vf([1, 2, 3, 4], 2)
vf([], 2)
np.vectorize(lambda x: x > 2)(np.arange(5))
np.vectorize(lambda x: str(x))([1, 22])
np.vectorize(lambda x: (x, x * 2))([1, 2])
np.vectorize(lambda x: x * 0.5, otypes='f')(np.arange(3))
np.vectorize(lambda x: type(x).__name__)(np.array([1, 2], dtype=np.int8))
np.vectorize(lambda x, y: x * y)(np.array([1, 2], dtype=np.float32), 3)
np.vectorize(lambda: 5)()
def show(x):
    print('called', x)
    return x

np.vectorize(show)(np.array([7, 8]))
np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int)
np.fromfunction(lambda i, j: i + j, (3, 3), dtype=int)
np.fromfunction(lambda i, j: i * 10 + j, (2, 3))
np.fromfunction(lambda i, k=1: i + k, (3,), k=5)
def my_func(a):
    return (a[0] + a[-1]) * 0.5

b = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
np.apply_along_axis(my_func, 0, b)
np.apply_along_axis(my_func, 1, b)
np.apply_along_axis(sorted, 1, np.array([[8, 1, 7], [4, 3, 9], [5, 2, 6]]))
np.apply_along_axis(np.diag, -1, b)
np.apply_along_axis(lambda a, n: a[:n], 0, b, 2)
np.apply_along_axis(lambda a: a.sum(), 1, np.zeros((0, 3)))
np.apply_along_axis(lambda a: a.max(), 2, b)
np.apply_along_axis(lambda a: a / 2, 0, np.arange(4))
np.apply_along_axis(lambda a: a.mean(), 1, np.arange(24).reshape(2, 3, 4))
np.apply_along_axis(lambda a, n=0: a[:1] + n, 0, b, n=5)
np.vectorize(myfunc, doc='Vectorized myfunc')([1, 5], 2)
np.gradient(np.array([True, False, True]))
np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4), [0, 2])
np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4), 1)
np.piecewise(np.linspace(-2.5, 2.5, 6), [np.linspace(-2.5, 2.5, 6) < 0, np.linspace(-2.5, 2.5, 6) >= 0], [-1, 1])
x = np.linspace(-2.5, 2.5, 6)
np.piecewise(x, [x < 0, x >= 0], [lambda x: -x, lambda x: x])
np.piecewise(np.array([-2.5, 2.5]), [np.array([-2.5, 2.5]) < 0], [-1, 1])
np.piecewise(3, [True], [lambda v: v * 2])
np.piecewise(x, [x < 0], [lambda v: v * 2, 9])
np.piecewise(x, [x < 0, x > 1], [1])
np.piecewise(x, x > 0, [lambda v, k: v + k, 0], 10)
np.mask_indices(3, np.triu)
np.piecewise(x, x > 0, [lambda v, k=0: v + k, 0], k=3)
type(np.array([2**64 - 1], dtype=np.uint64).tolist()[0]), np.vectorize(lambda v: v % 10)(np.array([2**64 - 1], dtype=np.uint64))
np.vectorize(lambda x: x * 0.1)(np.array([1, 2], dtype=np.float32)), np.vectorize(lambda x: x + 0.5)(np.array([1], dtype=np.int8))
