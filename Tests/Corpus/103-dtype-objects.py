np.dtype('i4'), np.dtype('<f8'), np.dtype(np.int32), np.dtype(int), np.dtype('float64'), np.dtype('c16')
np.dtype(float), np.dtype(complex), np.dtype(bool), np.dtype('float'), np.dtype('double'), np.dtype(None)
np.dtype('e'), np.dtype('F'), np.dtype('D'), np.dtype('f2'), np.dtype('c8'), np.dtype('half'), np.dtype('complex')
np.dtype('=i2'), np.dtype('|u1'), np.dtype('u8'), np.dtype('uint'), np.dtype('b'), np.dtype('B'), np.dtype('?')
np.dtype(np.dtype('>i2')), np.dtype(np.float16)
np.dtype('foo')
np.dtype(1)
d = np.dtype('f4')
d.kind, d.char, d.itemsize, d.name, d.str, d.byteorder, d.type, d.alignment, d.descr
d.fields, d.names, d.shape, d.ndim, d.subdtype, d.hasobject, d.isnative
np.dtype('c8').kind, np.dtype('c8').char, np.dtype('c8').alignment, np.dtype('e').kind, np.dtype('e').name
np.dtype('i4') == np.dtype('int32'), np.dtype(np.int32) == 'i4', np.dtype('i4') == np.int32, np.dtype('f8') == float
np.dtype('i4') != 'i8', np.dtype('c16') == complex, np.dtype('i8') == int, np.dtype('?') == bool
np.arange(3).dtype == np.int64, np.ones(2).dtype == 'f8', np.zeros(2, dtype=np.float16).dtype == np.half
isinstance(np.arange(2).dtype, np.dtype), isinstance(np.float32, np.dtype)
np.dtype
np.float16, np.complex64, np.complex128, np.half, np.csingle, np.cdouble
np.float16(3).dtype, np.complex64(1j).dtype.itemsize, np.complex128(1).dtype.name
np.result_type(np.int8, 1), np.result_type(np.int8, 1.0), np.result_type(np.float16, 1.0), np.result_type(3, 4.0)
np.result_type(np.float32, 1j), np.result_type(np.arange(3), np.float32), np.result_type(1, 2), np.result_type(True)
np.result_type(np.uint8, -1), np.result_type('i4', 'f4'), np.result_type(np.int8, np.uint8, np.float16)
np.result_type(np.complex64, np.float64), np.result_type(np.float16(1), np.int16(1)), np.result_type(1j, 1.0)
np.result_type()
np.promote_types('i1', 'u1'), np.promote_types('f2', 'i2'), np.promote_types('>f4', '<f4'), np.promote_types(np.uint64, np.int8)
np.promote_types(np.complex64, np.float64), np.promote_types(np.float16, np.uint8), np.promote_types(np.int32, np.float16)
np.can_cast(np.int64, np.float64), np.can_cast('i8', 'f8', 'same_kind'), np.can_cast(np.float64, np.float32)
np.can_cast(np.arange(3), np.int32), np.can_cast(np.complex64, np.float64, 'unsafe'), np.can_cast(np.float16, np.complex64)
np.can_cast('<f4', '>f4', 'no'), np.can_cast('<f4', '>f4', 'equiv'), np.can_cast(np.uint8, np.float16), np.can_cast(np.int16, np.float16)
np.can_cast(1, np.int8)
np.can_cast(np.float64, np.float32, 'bad')
np.zeros(2, dtype=np.float16) + np.zeros(2, dtype=np.int16)
np.ones(2, dtype=np.complex64) + np.ones(2, dtype=np.float64)
np.ones(2, dtype=np.complex64) + np.ones(2, dtype=np.int16)
np.ones(2, dtype=np.complex64) + np.ones(2, dtype=np.int32)
np.ones(2, dtype=np.float16) + 1j
np.ones(2, dtype=np.uint8) + np.float16(1)
x = np.ones(2, dtype=np.float16)
x += 1.5
x
x += 1j
y = np.ones(2, dtype=complex)
y += 2
y
c = np.array([1j])
np.issubdtype(np.float16, np.floating), np.issubdtype(np.complex64, np.complexfloating), np.issubdtype(c.dtype, np.complexfloating)
isinstance(np.float16(1), np.floating), isinstance(np.int8(1), np.integer), isinstance(np.uint8(1), np.signedinteger), isinstance(1.0, np.floating)
np.issubdtype(np.int32, np.integer), np.issubdtype('f4', np.inexact), np.issubdtype(float, np.floating), np.issubdtype(np.float64, float)
np.issubdtype(np.floating, np.inexact), np.issubdtype(np.inexact, np.floating), np.issubdtype(np.int8, np.int16), np.issubdtype(bool, np.number)
np.floating, np.number, np.generic, np.complexfloating
isinstance(np.True_, np.generic), isinstance(np.complex64(1), np.inexact)
