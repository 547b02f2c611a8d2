import numpy as np
a = np.zeros(2, dtype=[('p', 'f4', (3,)), ('n', 'i2')])
a
a.dtype
p = a['p']
p.shape, p.strides, p.base is a
p[1] = [1.5, 2, 3]
a
a[0] = ([7, 8, 9], 4)
a
a['p'][:, 0]
a[1]
a.dtype.fields
a.dtype.descr
a.itemsize
x = np.zeros((2, 2), dtype=[('a', np.int32), ('b', np.float64, (3, 3))])
x['a'].shape, x['b'].shape
np.dtype([('x', 'f4'), ('y', np.float32), ('z', 'f4', (2, 2))])
np.dtype([('a', np.int32, 8), ('b', np.float64, 6)]).name
np.save('/tmp/arrsh_corpus_sub.npy', a)
np.load('/tmp/arrsh_corpus_sub.npy')
b = np.ones(2, dtype=[('q', 'i1', (2,))])
b
np.dtype('i8, f4, S3')
x = np.array([(1, 2, 3), (4, 5, 6)], dtype='i8, f4, f8')
x
np.dtype({'names': ['col1', 'col2'], 'formats': ['i4', 'f4']})
np.dtype({'names': ['col1', 'col2'], 'formats': ['i4', 'f4'], 'offsets': [0, 4], 'itemsize': 12})
np.dtype({'col1': ('i1', 0), 'col2': ('f4', 1)})
np.zeros(2, dtype={'names': ['a', 'b'], 'formats': ['i1', 'f4'], 'offsets': [4, 0]})
np.dtype('i4,')
np.dtype([('x', 'f4'), ('', 'i4'), ('', 'i8')])
n = np.zeros(2, dtype=[('f1', [('f1', np.int16)]), ('y', 'i1')])
n, n['f1']['f1'].strides
dt = np.dtype([('name', np.str_, 16), ('grades', np.float64, (2,))])
dt.descr, dt.itemsize
x = np.array([('Sarah', (8.0, 7.0)), ('John', (6.0, 7.0))], dtype=dt)
x[1], x['grades']
np.dtype([('a', 'S', 3), ('b', 'i4', 1)])
print(dt.fields)
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'i4'), ('c', 'f4')])
a[['a', 'c']] = (2, 3)
a
np.result_type(np.dtype('i,>i'))
np.result_type(np.dtype('i,>i'), np.dtype('i,i'))
np.promote_types('>i4', '<i2')
r = np.zeros(2, dtype=[('x', 'f8'), ('y', 'i2')])
r[['y', 'x']] = [(1, 2.5), (3, 4.5)]
r
[np.dtype(t).num for t in ['?','i1','u2','f2','f4','c16','U3','S3','M8[D]','m8[s]']]
[np.dtype(t).isbuiltin for t in ['?','>i4','U3','S','M8','V4' if False else 'i8']], np.dtype([('a', 'i4')]).isbuiltin, np.dtype([('a', 'i4')]).num
np.dtype('U3').foo
np.dtype([('a', 'i4')]).foo
np.dtype('M8[D]').foo
x = np.eye(3)
x.getfield(np.float64)
x.setfield(3, np.int32)
x.getfield(np.int32)
x
x.setfield(np.eye(3), np.int32)
x
y = x.getfield(np.int32, 4)
y.base is x, y.strides
x.getfield(np.float64, 1)
x.getfield(np.int32, -1)
r = np.zeros(2, dtype=[('a', 'i2'), ('b', 'f4')])
r.getfield('f4', 2)
x.setfield(7, np.int32, 4)
x.getfield(np.int32, 4)
