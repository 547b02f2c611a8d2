import numpy as np
a = np.array(['apple', 'fig', 'kiwi'])
a
print(a)
a.dtype, a.itemsize, a.nbytes, a.strides
a[0]
print(a[0])
type(a[0])
a[0] + '!', a[0].upper(), len(a[0]), a[0] == 'apple'
a.tolist()
a[1] = 'blueberry'
a
b = a[::2]
b[1] = 'lemonade'
a
np.shares_memory(a, b), b.base is a, b.strides
a.reshape(3, 1)
a == 'fig'
a < 'b'
a == np.array(['apple', 'x', 'lemon'])
a[a >= 'c']
a == 1
a + 1
np.array(['a', 'b']) + np.array(['cd', 'e'])
np.array(['apple', 'fig'], dtype='U3')
np.array(['a', 1])
np.array([1.5, 'b'])
np.array([[1, 2], [3, 4]], dtype=str)
np.array([1, 2, 3]).astype(str)
np.array([0.1, 2.0, 1e20]).astype(str)
np.array([0.1, 2.5], dtype=np.float32).astype(str)
np.array([True, False]).astype('U')
np.array(['1', '-20']).astype(np.int32) * 2
np.array(['1.5', 'nan']).astype(float)
np.array(['x']).astype(int)
np.array(['ab', 'c']).astype('S')
np.array(['ab', 'c']).astype('S').astype(str)
np.array(['h\u00e9llo']).astype('S')
np.zeros(2, dtype='U3'), np.zeros(2, dtype=str), np.empty(0, dtype='S2')
np.full(3, 'ab')
np.array('abc')
print(np.array('abc'))
np.str_('x'), np.str_('x').dtype
np.dtype('U5'), np.dtype(str), np.dtype('S3'), np.dtype(bytes)
np.dtype('U5').itemsize, np.dtype('U5').name, np.dtype('U5').str, np.dtype('U5').kind, np.dtype('U5').char
np.dtype('S3').itemsize, np.dtype('S3').name, np.dtype('S3').str, np.dtype('S3').byteorder
np.dtype('U5') == np.dtype('<U5'), np.dtype('U5') == 'U5', np.dtype('U5') == 'U6'
np.issubdtype(a.dtype, np.str_), np.issubdtype(a.dtype, np.number), np.issubdtype(a.dtype, np.generic)
np.result_type('U3', 'U5'), np.promote_types('U3', 'S5'), np.promote_types('U3', 'i4'), np.promote_types('S2', 'f8')
r = np.zeros(2, dtype=[('name', 'U4'), ('age', 'i4')])
r['name'] = ['Ann', 'Robert']
r
r['name'], r[1]
np.save('/tmp/arrsh_corpus_u.npy', a)
np.load('/tmp/arrsh_corpus_u.npy')
np.save('/tmp/arrsh_corpus_s.npy', a.astype('S4'))
np.load('/tmp/arrsh_corpus_s.npy')
y = np.array([b'a', b'bc'])
y, y[1], y == b'a', y.tolist()
np.array([b'12']).astype(int), np.array(['', 'a', '0']).astype(bool)
np.array(['x']).astype(int)
np.dtype('U5').type, np.dtype('M8[D]').type, np.dtype('S2').type, np.str_, np.datetime64
np.dtype('i2').base, np.dtype('U3').base
np.array(['a']).dtype.type is np.str_
isinstance(np.array(['a'])[0], str), isinstance(np.array(['a'])[0], np.str_)
isinstance(np.datetime64('2005'), np.datetime64), isinstance(np.datetime64('2005'), np.generic)
