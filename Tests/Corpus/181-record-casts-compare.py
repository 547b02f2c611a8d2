# Records cast to records field by field (by position), compare when they share names
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'i4'), ('c', 'f4')])
a[['a', 'c']] = (2, 3)
a[1] = (5, 6, 7.5)
a[['a', 'c']] = a[['c', 'a']]
a
c = np.zeros(2, [('x', 'f8'), ('y', 'i8')])
c[:] = np.array([(1.5, 2.5)], 'f4,f4')
c
x = np.array([(1, 2.5), (3, 4.5)], 'i4,f4')
x.astype('f8,f8'), x.astype([('p', 'u1'), ('q', 'i8')])
x.astype([('p', 'f8'), ('q', 'i8')], casting='same_kind')
x[:] = np.zeros(2, 'u1,f8,i2')
np.can_cast(np.dtype([('x', 'i4')]), np.dtype([('y', 'i8')])), np.can_cast(np.dtype([('x', 'i8')]), np.dtype([('y', 'i4')]))
np.can_cast(np.dtype([('x', 'i4')]), np.dtype([('x', 'i4')]).newbyteorder(), 'equiv')
np.can_cast(np.dtype([('x', 'i4')]), np.dtype([('x', 'i4')]).newbyteorder(), 'no')
r = np.array([(1, 1), (2, 2)], dtype=[('a', 'i4'), ('b', 'i4')])
r == np.array([(1, 1), (2, 3)], dtype=[('a', 'i4'), ('b', 'i4')])
r == np.array([(1.0, 1), (2.5, 2)], dtype=[('a', 'f4'), ('b', 'i4')])
r != np.array([(1.0, 1), (2.5, 2)], dtype=[('a', 'f4'), ('b', 'i4')])
r == np.array([(1, 1)], dtype=[('x', 'i8'), ('y', 'i4')])
r == np.array([(1, 1, 1)], dtype='i4,i4,i4')
r == r[0], r[0] == r[1]
# a record's item() is a tuple
s = np.array([(1, 2., 3.)], dtype='i, f, f')[0]
s.item(), type(s.item()), s.tolist()
