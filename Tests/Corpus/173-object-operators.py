p = np.array([1, 2, 3], dtype=object)
a = np.array([1, 'a', None], dtype=object)
i = np.arange(4).astype(object)
i, type(i[0]), i.astype(int), i.astype(float)
i * 2, i + 1, i == 2, i > 1, -i
i.sum(), np.sum(i), i.max(), i.min(), i.prod()
s = np.array(['ab', 'c'], dtype=object)
s * 2, s + 'z', s.sum(), s.tolist()
np.array([1, 'a'], dtype=object) + 1
p += 1
p, p[p > 2], list(p), p / 2
np.save('/tmp/arrsh-corpus-173.npy', p, allow_pickle=False)
np.add(p, 1), np.less(p, 3), abs(np.array([-1, 2.5], dtype=object)), p.mean()
p.view(np.int64)
np.arange(3).view(object)
np.frombuffer(b'12345678', dtype=object)
np.array(['a', ''], dtype=object).astype(bool), np.array([1.5, '2'], dtype=object).astype(float)
np.array([1, 2], dtype=object).all()
np.array([1, 0, 3], dtype=object).all()
np.array([0, '', 3], dtype=object).any()
np.array([], dtype=object).all()
np.array([[1, 0], [2, 3]], dtype=object).all(axis=1)
np.array([[1, 2], [3, 4]], dtype=object).sum(axis=1)
np.array([['a','b'],['c','d']], dtype=object).sum(axis=0)
np.array([['a','b'],['c','d']], dtype=object).sum(axis=(0,1))
np.array([['a','b'],['c','d']], dtype=object).sum(axis=1, keepdims=True)
np.array([1, 1.0, True], dtype=object).max()
np.array([3, 1, 2], dtype=object).max(axis=0)
np.array([], dtype=object).sum()
np.array([], dtype=object).max()
np.array([[1, 2]], dtype=object).mean(axis=0)
np.concatenate([a, np.array(['x'])])
1 in a, 'b' in a, None in a
a = np.array([None, None], dtype=object)
a[0] = np.array(3)
a
a.fill(np.array(3))
a
a[...] = np.array(3)
a
x = np.array(['a', 'b', 'c'], dtype=object)
np.outer(x, [1, 2, 3])
b = np.array([1, '2', 3+0j], dtype=object)
b.real is b, b.imag, b.imag.flags.writeable
np.isreal(b), np.iscomplex(b)
np.array([[], [1], '', 'a', 0, None, 2.5], dtype=object).astype(bool)
np.count_nonzero(np.array([[], [1], '', 'a', 0, None], dtype=object))
np.nonzero(np.array([[], [1], '', 'a', 0, None], dtype=object))
np.array(['0', 'False'], dtype=object).astype(bool)
np.where(np.array([0, 'x'], dtype=object))
np.flatnonzero(np.array([0, 'x'], dtype=object)), np.argwhere(np.array([[0, 'x']], dtype=object))
np.where(np.array([0, 'x'], dtype=object), 1, 2)
np.array([1, 2], dtype=object)[np.array([True, False], dtype=object)]
