p = np.zeros(3, dtype=[('x', 'i4'), ('y', 'f8')])
p
p.dtype
p.itemsize, p.strides, p.dtype.names, p.dtype.itemsize, p.dtype.str, p.dtype.name, p.dtype.kind, p.dtype.char
p.dtype.fields
p.dtype.descr
x = p['x']
x
x.strides, x.base is p, x.dtype, x.flags.c_contiguous
x[:] = [1, 2, 3]
p['y'] = 0.5
p
print(p)
p[0]
p[0]['y']
p[1] = (7, 8.5)
p
q = np.array([(1, 2.0), (3, 4.0)], dtype=[('a', '<i2'), ('b', '>f4')])
q
q['b']
q[['b', 'a']]
q[0] = 5
q
q + 1
q.tolist()
np.ones(2, dtype=[('v', 'u1')])
np.save('/tmp/arrsh_corpus_rec1.npy', p)
np.load('/tmp/arrsh_corpus_rec1.npy')
np.dtype([('x', 'i4'), ('y', 'f8')])
p.view(np.uint8)
type(p[0])
p[::2]
p[[0, 2]]
p.reshape(3, 1)
np.empty(0, dtype=[('x', 'i4')])
str(p[0])
p = np.zeros(4, dtype=[('x', 'i4'), ('y', 'f8')])
np.dtype([('a', 'i1'), ('b', '?'), ('c', 'f2'), ('d', 'c8'), ('e', '>i2')])
np.zeros(2, dtype=[('a', 'i1'), ('b', '?'), ('c', 'f2'), ('d', 'c8')])
p.dtype.descr
np.dtype([('a', 'i1'), ('b', '?')]).descr
p[0], p[0]['x'], p[0][1]
p[0]['x'] = 5
p
v = p[1]
v['y'] = 2.5
p
np.array((1, 2.0), dtype=[('x', 'i4'), ('y', 'f8')])
str(np.array((1, 2.0), dtype=[('x', 'i4'), ('y', 'f8')]))
v.dtype, v.itemsize, type(v), len(v)
np.zeros(3, dtype=[('x', 'f4')])
p['z']
p[0]['z']
p == 1
p == p
p.astype(float)
p.astype([('x', 'i4'), ('y', 'f8')])
p.dtype['x'], p.dtype[1], p.dtype.names
p.dtype['nope']
x = p['x']
y = p['y']
x.strides, y.strides, x.base is p, y.base is p
np.shares_memory(x, y), np.may_share_memory(x, p), np.shares_memory(x, p)
x += 10
y *= 2
p
p[::2]['x'] = -1
p
p[1:3]
p.reshape(2, 2)
p.reshape(2, 2)['y']
p.T
p.copy()
p.copy()['x'].strides
np.ascontiguousarray(p['x']).strides
p[['y', 'x']]
p[['y', 'x']].dtype
p[['y']]
list(p[0])
p.tolist()
np.zeros((2, 2), dtype=[('r', 'u1'), ('g', 'u1'), ('b', 'u1')])
img = np.zeros((2, 2), dtype=[('r', 'u1'), ('g', 'u1'), ('b', 'u1')])
img['g'] = 255
img
img.view(np.uint8)
img['g'].strides
img[0, 1]
img[[0, 1], [1, 0]]
img[img['g'] > 0]
np.save('/tmp/arrsh_corpus_rec.npy', p)
np.load('/tmp/arrsh_corpus_rec.npy')
np.load('/tmp/arrsh_corpus_rec.npy').dtype
q = np.array([(1, 2.0), (3, 4.0)], dtype=[('a', '<i2'), ('b', '>f4')])
np.save('/tmp/arrsh_corpus_rec2.npy', q)
np.load('/tmp/arrsh_corpus_rec2.npy')
np.zeros(2, dtype=[('x', 'i4'), ('x', 'f8')])
np.empty((0, 2), dtype=[('x', 'i4')])
np.ones(2, dtype=[('a', 'f8'), ('b', 'c16')])
np.full(2, 3, dtype=[('a', 'f8'), ('b', 'i2')])
p.sum()
-p
p.mean()
p['x'].sum()
p.size, p.nbytes, p.ndim, p.shape
p[0] == p[1], p[0] != p[0]
np.array([(1, 2.0)], dtype=[("x", "i4"), ("y", "f8")]) == np.array([(1, 2.0), (1, 3.0)], dtype=[("x", "i4"), ("y", "f8")])
m = np.load("/tmp/arrsh_corpus_rec.npy", mmap_mode="r")
m["y"], m["y"].strides
q = np.array([(5, 5.0), (3, 4.0), (3, 1.0), (3, np.nan)], dtype=[("a", "<i2"), ("b", ">f4")])
np.sort(q)
q.sort()
q
r = np.array([[(2, 1), (1, 9)], [(1, 1), (0, 0)]], dtype=[("x", "i1"), ("y", "u2")])
np.sort(r, axis=0)
np.sort(r, axis=None)
