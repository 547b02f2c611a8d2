uf = np.frompyfunc(lambda x: x * 2, 1, 1)
uf
uf(np.arange(3)), uf(3), uf([1, 'a'])
add = np.frompyfunc(lambda a, b: a + b, 2, 1)
add(np.array([[1], [2]]), ['x', 'y'])
add(np.array([1, 2]), np.array(['a', 'b'], dtype=object))
add(np.array([[1], [2]]), [10, 20])
def f(x):
    return str(x)

np.frompyfunc(f, 1, 1)
np.frompyfunc(f, 1, 1)(np.arange(2.))
np.frompyfunc(divmod, 2, 2)(np.arange(3), 2)
np.frompyfunc(f, 1, 1)(np.array([], dtype=float))
uf()
