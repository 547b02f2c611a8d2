# np.recarray: fields as attributes, np.record elements, rec.array printing; np.rec; np.void(..., dtype=)
arr = np.array([(1, 2., 'Hello'), (2, 3., 'World')], dtype=[('foo', 'i4'), ('bar', 'f4'), ('baz', 'S10')])
r = arr.view(np.recarray)
r
r.dtype, type(r), type(r[0]), isinstance(r, np.ndarray), isinstance(r[0], np.void), r.base is arr
r.dtype == arr.dtype, r.dtype.type, arr.dtype.type
r.bar, r['bar'], r.bar.base is arr
r[1:2], r[1:2].foo, r.foo[1:2], r[1].baz
r[0], str(r[0]), r[0].foo, r[0][1]
print(r)
r.nope
r[0].nope
r.foo = 7
r[0].foo = 9
r[0].nope = 1
arr
r[['foo', 'bar']]
r[[1, 0]], r[r.foo > 8], r.copy(), r.reshape(2, 1)
r.view(np.ndarray)
r.view(arr.dtype, np.ndarray)
r.view(r.dtype.fields or r.dtype, np.ndarray)
np.asarray(r), type(np.asarray(r)[0])
arr.view(dtype=np.dtype((np.record, arr.dtype)), type=np.recarray)
np.dtype((np.record, arr.dtype)), np.dtype((np.void, np.dtype((np.record, arr.dtype))))
plain = np.zeros(2).view(np.recarray)
plain, plain[0:1], type(plain[0:1])
np.zeros((0, 2), dtype=[('a', 'i4')]).view(np.recarray)
np.zeros(3, dtype=[('a', 'i4')]).view(np.recarray)[:0]
# np.rec builds them
np.rec.array([(1, 2.5, 'x'), (3, 4.5, 'yy')])
np.rec.array([[1, 2], [3.5, 4]])
np.rec.array([np.arange(2), np.ones(2)], names='a,b')
np.rec.array([(1, 2.)], dtype=[('a', 'i2'), ('b', 'f4')])
np.rec.array([(1, 2.)], formats='i2,f4', names=['a', 'b'], aligned=True).dtype
np.rec.array(arr, dtype=arr.dtype) is arr, np.rec.array(arr, copy=False).base is arr
np.rec.array(r) is r, np.rec.array(r, copy=False) is r
np.rec.array(np.int32(5))
np.rec.array(None)
np.rec.array(None, formats='i4')
np.rec.array([])
np.rec.array(5)
np.rec.fromarrays([[1, 2], [3, 4]], names=['x', 'y'], formats=['i2', 'f4'])
np.rec.fromarrays([np.zeros(2), np.zeros(3)])
np.rec.fromarrays([np.zeros(2)], dtype='i4,i4')
np.rec.fromarrays([np.zeros((2, 3)), np.ones(2)], dtype=[('p', 'f4', 3), ('q', 'i1')])
np.rec.fromrecords([(456, 'dbe', 1.2), (2, 'de', 1.3)], names='col1,col2,col3')
np.rec.fromrecords([(1, 2)], dtype=[('a', 'u1'), ('b', 'u1')])
np.rec.format_parser(['i4', 'f8'], 'a, b', None).dtype
np.rec.format_parser('i4,(2,)f8', None, None).dtype
np.rec.format_parser('i4', ['x'], []).dtype
np.rec.format_parser(['i4', 'f8'], 'a, a', None)
np.recarray((2,), dtype=[('x', int)]).dtype, np.recarray((2,), formats='i4,f4', names='a,b').dtype
nested = np.rec.array([('Hello', (1, 2)), ('World', (3, 4))], dtype=[('foo', 'S6'), ('bar', [('A', int), ('B', int)])])
nested, type(nested.foo), type(nested.bar), nested.bar, nested.bar.A
nested.bar.dtype, nested[0].bar, type(nested[0].bar)
np.void((3.2, b'eggs'), dtype='d,S5'), np.void(3, dtype=[('x', np.int8), ('y', np.int8)])
type(np.void(3, dtype='i1,i1')), np.record
np.asanyarray(r) is r, type(np.asarray(r)), np.asarray(r).base is arr, type(np.array(r))
r.copy().base is None, r[[1, 0]].base is None, r[1:].base is r, r.view().base is r, r.view(np.ndarray).base is arr
r.bar.base is r, r.bar.base.base is r
