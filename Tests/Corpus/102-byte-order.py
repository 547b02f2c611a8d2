a = np.array([1.5, -2, 3], dtype='>f4')
a
a.dtype, a.dtype.str, a.dtype.byteorder, a.dtype.isnative, a.dtype.name
print(a)
a.view(np.uint8)
a * 2, a + a, a - 1.5, -a
a.sum(), a.mean(), a.max(), np.argmax(a), np.cumsum(a)
np.sqrt(np.abs(a)), a > 0, a == np.array([1.5, -2, 3])
a[0], a[1:], a[::-1].strides, a[[0, 2]], a[a > 0]
a.copy(), a.copy().dtype, a.astype('<f4'), a.astype(np.float64), a.astype('>f8')
a.tolist(), a.item(1), np.sort(a), np.where(a > 0, a, 0), np.concatenate([a, a])
a[1] = 7
a
a += 1
a
a.byteswap()
a.byteswap().view('<f4')
b = a.copy()
b.byteswap(inplace=True)
b
b.view(b.dtype.newbyteorder())
a.newbyteorder()
np.dtype('>f4').newbyteorder(), np.dtype('>f4').newbyteorder('='), np.dtype('<i2').newbyteorder('S'), np.dtype('i1').newbyteorder()
np.dtype('f4').newbyteorder('>'), np.dtype('f4').newbyteorder('little'), np.dtype('>f4').newbyteorder('|')
np.dtype('f4').newbyteorder('x')
np.dtype('>i4') == np.dtype('<i4'), np.dtype('>i4') == np.dtype('i4').newbyteorder(), np.dtype('=i4') == np.dtype('<i4')
np.dtype('>i4').type, np.dtype('>c16').str, np.dtype('<u8').byteorder, np.dtype('|u1').byteorder, np.dtype('>b1')
c = np.arange(6, dtype='>i2').reshape(2, 3)
c, c.strides, c.T
c.view(np.uint8)
c + np.int16(1), c * c, c.sum(axis=0), c.dtype.itemsize
np.zeros(2, dtype='>f8'), np.ones(2, dtype='>u2') + 1, np.full(2, 3, dtype='>i4'), np.eye(2, dtype='>i2')
np.linspace(0, 1, 3, dtype='>f4'), np.arange(3, dtype='>f4'), np.array([1+2j], dtype='>c8')
np.array([1+2j, 3j], dtype='>c16').real, np.array([1+2j], dtype='>c8').imag.dtype
np.array([1, 2], dtype='>f2'), np.array([0.5], dtype='>f2').view(np.uint8)
np.add(a, a, dtype='>f4')
np.sum(a, dtype='>f8')
np.add(a, a, out=np.zeros(3, dtype='>f8'))
np.save('/tmp/arrsh_corpus_be.npy', a)
e = np.load('/tmp/arrsh_corpus_be.npy')
e, e.dtype, e.flags.owndata
e[0] = -1
np.save('/tmp/arrsh_corpus_be2.npy', e.reshape(1, 3).T)
np.load('/tmp/arrsh_corpus_be2.npy')
np.save('/tmp/arrsh_corpus_bec.npy', np.array([1+2j, -3.5j], dtype='>c16'))
np.load('/tmp/arrsh_corpus_bec.npy')
m = np.load('/tmp/arrsh_corpus_be.npy', mmap_mode='r')
m, m.dtype
np.save('/tmp/arrsh_corpus_le.npy', e.astype('<f4'))
np.load('/tmp/arrsh_corpus_le.npy').dtype
