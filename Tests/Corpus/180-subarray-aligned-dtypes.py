# Subarray dtypes as objects, shapes in dtype strings, align=True, str() of dtypes
np.dtype((float, 8))
sub = np.dtype(('i4', (3, 4)))
sub, sub.ndim, sub.shape, sub.base, sub.subdtype, sub.itemsize
sub.str, sub.name, sub.kind, sub.char, sub.descr, sub.alignment, sub.names, sub.fields, sub.isbuiltin
str(sub), sub == np.dtype('(3,4)i4'), np.dtype('8f'), np.dtype('2 i4')
np.dtype('3int8, float32, (2, 3)float64')
np.dtype('S3, 3u8, (3,4)S10')
np.dtype(('i4, (2,3)f8, f4', (2, 3)))
np.dtype((('i4', 2), 3))
np.dtype([('hello', (np.int64, 3)), ('n', 'u1')])
np.dtype(('U', 10)), np.dtype(('i4', ())), np.dtype(('i4', 1))
np.dtype(('i4', -1))
np.dtype(('i4', 2.0))
np.dtype(('i4', 2, 3))
np.dtype('(2)i4')
np.dtype(('i4', 2)).newbyteorder(), np.dtype('M8[D]').newbyteorder()
dt = np.dtype([('name', np.str_, 16), ('grades', np.float64, (2,))])
dt['grades'], dt[1].shape
dt.fields
dt[['grades']]
dt[[0]]
np.dtype('i4')[0]
np.dtype('i4')['x']
# align=True pads fields as a C struct
packed = np.dtype('u1, u1, i4, u1, i8, u2')
aligned = np.dtype('u1, u1, i4, u1, i8, u2', align=True)
aligned, aligned.itemsize, packed.itemsize
[aligned.fields[name][1] for name in aligned.names]
aligned.isalignedstruct, packed.isalignedstruct, aligned.alignment, packed.alignment
str(aligned), aligned.descr
np.zeros(2, aligned)
np.zeros(2, aligned)[0]
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'i4']}, align=True)
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'i4'], 'offsets': [0, 4]}, align=True)
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'i4'], 'offsets': [0, 1]}, align=True)
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'i4'], 'itemsize': 10}, align=True)
np.dtype([('x', 'u1'), ('y', [('a', 'u1'), ('b', 'i8')])], align=True)
np.dtype('i4, i4', align=True) == np.dtype('i4, i4'), np.dtype('i4', align=True)
np.result_type(np.dtype('i,i'), np.dtype('i,i', align=True))
np.result_type(np.dtype('u1,i4', align=True)[['f1']])
# newbyteorder changes every field
rec = np.zeros(2, dtype='f8,i4,S5')
rec.dtype.newbyteorder('>')
big = rec.view(rec.dtype.newbyteorder('>'))
big['f1'] = 7
big, rec['f1']
str(np.dtype('U5')), str(np.dtype('>f4')), str(np.dtype('S3')), str(np.dtype('<f4').newbyteorder('<'))
str(np.dtype([('x', 'i4')])), print(np.dtype('i8, f4'))
# smaller and larger views
np.arange(4).view('S')
np.zeros(3, dtype='i4,i4,f4')[['f0', 'f2']].view('i8')
# descr names the padding, and has no answer for fields out of order
np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'i4'], 'offsets': [0, 8], 'itemsize': 16}).descr
np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]}).descr
# the 'a' alias of 'S' is deprecated
np.dtype('a5'), np.dtype('<a3')
np.dtype('i4, a3')
np.zeros(2, 'a2')
np.dtype(('i4', (2, 'x')))
