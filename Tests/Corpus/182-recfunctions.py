# numpy.lib.recfunctions: records to plain values and back, fields repacked, renamed, dropped
from numpy.lib import recfunctions as rfn
from numpy.lib.recfunctions import structured_to_unstructured, unstructured_to_structured
import numpy.lib.recfunctions as rf2
rf2 is rfn, np.lib.recfunctions is rfn
b = np.array([(1, 2, 5), (4, 5, 7), (7, 8, 11), (10, 11, 12)], dtype=[('x', 'i4'), ('y', 'f4'), ('z', 'f8')])
u = structured_to_unstructured(b)
u, u.dtype, np.shares_memory(u, b), u.base.dtype
np.mean(structured_to_unstructured(b[['x', 'z']]), axis=-1)
structured_to_unstructured(b, dtype='i2')
structured_to_unstructured(b, dtype='i2', casting='safe')
# fields of one type, one step apart: a view
s = np.zeros(3, dtype=[('x', 'f4'), ('y', 'f4'), ('z', 'f4')])
v = structured_to_unstructured(s[['x', 'z']])
v, v.strides, np.shares_memory(v, s)
v[0, 1] = 5
s
c = structured_to_unstructured(s[['z', 'x']])
c, c.strides, np.shares_memory(c, s)
structured_to_unstructured(s, copy=True).flags.owndata
n = np.zeros(2, dtype=[('a', 'i4'), ('b', 'f4,u2'), ('c', 'f4', 2)])
structured_to_unstructured(n)
structured_to_unstructured(np.arange(3))
# back to records
a = np.arange(20).reshape((4, 5))
dt = np.dtype([('a', 'i4'), ('b', 'f4,u2'), ('c', 'f4', 2)])
unstructured_to_structured(a, dt)
r = unstructured_to_structured(a[:, :3])
r, r.dtype, np.shares_memory(r, a)
p = unstructured_to_structured(np.arange(6).reshape(2, 3), names=['p', 'q', 'r'])
p, np.shares_memory(p, a), p.base is None
unstructured_to_structured(np.arange(6.).reshape(2, 3), names=['p', 'q', 'r'], align=True).dtype
unstructured_to_structured(a, dt, casting='safe')
unstructured_to_structured(a, dt, names=['x'])
unstructured_to_structured(a[:, :2], np.dtype('i4,i4'), align=True)
unstructured_to_structured(a[:, :3], 'i8,i8')
unstructured_to_structured(np.arange(3)[0], dt)
# repack, rename, drop, require
dt = np.dtype('u1, <i8, <f8', align=True)
rfn.repack_fields(dt), rfn.repack_fields(dt).itemsize
m = np.zeros(3, dtype=[('a', 'i4'), ('b', 'i4'), ('c', 'f4')])
rfn.repack_fields(m[['a', 'c']]).view('i8')
rfn.repack_fields(m) is m
w = np.array([(1, (2, [3.0, 30.])), (4, (5, [6.0, 60.]))], dtype=[('a', int), ('b', [('ba', float), ('bb', (float, 2))])])
rfn.rename_fields(w, {'a': 'A', 'bb': 'BB'})
rfn.drop_fields(w, 'a'), rfn.drop_fields(w, ['ba', 'bb'])
ones = np.ones(4, dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
rfn.require_fields(ones, [('b', 'f4'), ('newf', 'u1')])
rfn.apply_along_fields(np.sum, b)
rfn.get_names(w.dtype), rfn.get_names_flat(w.dtype), rfn.flatten_descr(w.dtype)
k = unstructured_to_structured(np.arange(6).reshape(2, 3), copy=True)
k, k.base.dtype
nested = np.dtype([('a', 'u1'), ('b', np.dtype('u1,i8', align=True))], align=True)
rfn.repack_fields(nested), rfn.repack_fields(nested, recurse=True)
dst = np.ones(2, dtype=[('b', 'f4'), ('z', 'i2')])
rfn.assign_fields_by_name(dst, ones[:2], zero_unassigned=False)
dst
rfn.assign_fields_by_name(dst, ones[:2])
dst
rfn.drop_fields(w, 'a', usemask=False)
