from numpy.dtypes import StringDType
a = np.array(['apple', 'fig', 'a longer text than sixteen bytes'], dtype=StringDType())
a
a.dtype, a.itemsize, a.strides, a.nbytes, a.dtype.kind, a.dtype.char, a.dtype.name
print(a)
a[0], type(a[0]), a.tolist(), a.item(2)
np.dtype('T'), np.dtype('T') == StringDType(), np.array(['x', 'yz'], dtype='T')
b = a[::-1]
b.base is a, b.strides, b
b[0] = 'changed through the view'
a
a.copy(), np.concatenate([a[:1], a[1:2]]), a.reshape(3, 1)
a == 'fig', a < 'b', a + '!', '>' + a, a + a
a * 2, 3 * np.array(['ab', 'c'], dtype='T'), np.array(['x'], 'T') * np.array([0, 1, 2])
np.array(['ab'], 'T') * -1
np.array(['ab'], 'T') + np.array(['cd'])
np.array(['ab', 'cd'], 'T') == np.array(['ab', 'xx'])
np.zeros(2, dtype='T'), np.ones(2, dtype='T'), np.full(2, 'hi', dtype='T')
np.array([1, 2.5, True, None], dtype='T')
np.array(['12', '3.5']).astype('T'), np.array([7, 8]).astype(StringDType())
np.array(['12', '7'], 'T').astype(int), np.array(['1.5'], 'T').astype(float)
np.array(['ab', 'cde'], 'T').astype('U2'), np.array(['ab'], 'T').astype('S5')
np.array(['ab'], 'T').astype('U')
np.array(['ab'], 'T').astype(float)
np.array(['ab'], 'T').view('i8')
np.array([1, 2], dtype=StringDType(coerce=False))
np.array(['a', 'b'], dtype=StringDType(coerce=False))
StringDType(coerce=False), StringDType(na_object=None).na_object, StringDType().coerce
n = np.array(['hello', np.nan, 'world'], dtype=StringDType(na_object=np.nan))
n, n[1], n.tolist()
n + n, n + '!'
np.sort(n), np.argsort(n)
m = np.array(['this array has', None, 'an entry'], dtype=StringDType(na_object=None))
m, m[1] is None, m.dtype
m + 'x'
np.sort(m)
m.astype('U8')
s = np.array(['b', 'zz', 'a'], dtype=StringDType(na_object='zz'))
s, s + '!'
np.sort(np.array(['pear', 'apple', 'fig'], dtype='T')), np.argsort(np.array(['b', 'a', 'b'], 'T'))
np.unique(np.array(['b', 'a', 'b'], 'T')), np.max(np.array(['b', 'a', 'c'], 'T')), np.argmin(np.array(['b', 'a'], 'T'))
np.strings.upper(a), np.strings.str_len(a), np.char.startswith(a, 'app')
np.strings.multiply(np.array(['a', 'b'], 'T'), [2, 3]), np.strings.add(np.array(['a'], 'T'), 'b')
np.save('/tmp/arrsh_corpus_188.npy', a, allow_pickle=False)
from numpy.dtypes import StringDType
np.array(['a', 'b'], 'T').sum(), np.sum(np.array([['a', 'b'], ['c', 'd']], 'T'), axis=0), np.sum(np.array([['a', 'b'], ['c', 'd']], 'T'), axis=1, keepdims=True)
np.sum(np.array(['a', np.nan], dtype=StringDType(na_object=np.nan)))
np.sum(np.array(['a', None], dtype=StringDType(na_object=None)))
np.all(np.array([0, 1], 'm8[h]')), np.any(np.array(['NaT'], 'M8[D]'))
np.promote_types('T', 'S'), np.result_type('T', 'S3')
np.promote_types('T', 'U3'), np.promote_types('T', 'i8')
np.concatenate([np.array(['a'], 'T'), np.array([b'b'])])
np.concatenate([np.array([b'b']), np.array(['a'], 'T')])
