# Type queries (np.min_scalar_type, np.common_type, np.isdtype), np.astype, np.real_if_close,
# np.asarray_chkfinite, np.fromstring's text mode, and a Python float too big for a float32 or
# float16 operand warning as NumPy's cast does.
np.min_scalar_type(2**64), np.min_scalar_type(-2**63-1), np.min_scalar_type(10), np.min_scalar_type(-260), np.min_scalar_type(3.1), np.min_scalar_type(1e50)
np.min_scalar_type(True), np.min_scalar_type(0), np.min_scalar_type(1e5), np.min_scalar_type(65504.0), np.min_scalar_type(65505.0), np.min_scalar_type(1e39), np.min_scalar_type(float('nan')), np.min_scalar_type(float('inf'))
np.min_scalar_type(1+2j), np.min_scalar_type(1e39+0j), np.min_scalar_type(np.float64(3.1)), np.min_scalar_type(np.int64(5))
np.min_scalar_type(np.arange(4, dtype='f8')), np.min_scalar_type(np.array(5)), np.min_scalar_type([1, 2]), np.min_scalar_type('a')
np.min_scalar_type(np.array(1e10, dtype=np.float32)), np.min_scalar_type(np.uint64(3)), np.min_scalar_type(-0.0), np.min_scalar_type(1e-50)
np.common_type(np.arange(2, dtype=np.float32))
np.common_type(np.arange(2, dtype=np.float32), np.arange(2))
np.common_type(np.arange(4), np.array([45, 6.j]), np.array([45.0]))
np.common_type(np.arange(3, dtype=np.int8)), np.common_type(np.array([1], dtype=np.float16)), np.common_type(np.array([1], dtype=np.complex64), np.array([1.0], dtype=np.float32))
np.common_type(np.array([True]))
np.common_type()
np.common_type([1, 2])
np.common_type(np.array([1], dtype=np.complex64), np.array([1.0]))
np.isdtype(np.float32, np.float64), np.isdtype(np.float32, "real floating"), np.isdtype(np.complex128, ("real floating", "complex floating"))
np.isdtype(np.int8, 'signed integer'), np.isdtype(np.uint8, 'integral'), np.isdtype(np.bool_, 'numeric'), np.isdtype(np.bool_, 'bool'), np.isdtype(np.dtype('>f4'), 'real floating')
np.isdtype('f8', 'real floating')
np.isdtype(np.float64, 'float')
np.isdtype(np.float64, 3)
np.isdtype(np.dtype('U3'), 'numeric'), np.isdtype(np.dtype('M8'), 'numeric')
np.astype(np.arange(3), np.float32)
a = np.arange(3.)
np.astype(a, a.dtype, copy=False) is a
np.astype([1, 2], int)
np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j], tol=1000)
np.real_if_close([2.1 + 4e-13j, 5.2 + 3e-15j], tol=1000)
np.real_if_close([1, 2]), np.real_if_close(np.array([1+1e-16j], dtype=np.complex64)), np.real_if_close(1+0j)
np.asarray_chkfinite([1, 2], dtype=float)
np.asarray_chkfinite([1, 2, np.inf])
np.asarray_chkfinite([1, 2], dtype=int), np.asarray_chkfinite(np.array(['a']))
np.fromstring('1 2', dtype=int, sep=' ')
np.fromstring('1, 2', dtype=int, sep=',')
np.fromstring('1.5,2,  3', sep=',')
np.fromstring('1,2,x', dtype=int, sep=',')
np.fromstring('1 2 3', dtype=int, sep=' ', count=2)
np.fromstring('', sep=' ')
np.fromstring('1,,2', sep=',')
np.fromstring('1,2,', sep=',')
np.fromstring(' 1 , 2 ', sep=',')
np.fromstring('1\n2\t3', sep=' ')
np.fromstring('1;2', sep=' ; ')
np.fromstring('1 ;2', sep=';')
np.fromstring('nan,inf,-inf,1e3', sep=',')
np.fromstring('1.5,2', dtype=int, sep=',')
np.fromstring('-3 +4', dtype=np.int8, sep=' ')
np.fromstring('300', dtype=np.int8, sep=' ')
np.fromstring('1 2', dtype=np.float32, sep=' ')
np.fromstring('1 2', dtype=complex, sep=' ')
np.fromstring('1 2', dtype=bool, sep=' ')
np.fromstring('1 2', sep=' ', count=0)
np.fromstring('0x10 7', dtype=int, sep=' ')
np.fromstring('1e2', dtype=int, sep=' ')
np.fromstring(b'1 2', sep=' ')
np.fromstring('1abc', sep=' ')
np.float32(1) + 1e300
np.ones(2, np.float32) + 1e300
np.float16(1) + 1e10
np.float32(2) * 1e39
np.float32(1) + 1e38
a = np.ones(2, np.float32)
a += 1e300
a
np.float32(1) < 1e300
np.float32(1) == 1e300
np.int8(1) + 300
np.seterr(over='raise')
np.float32(1) + 1e300
np.seterr(over='warn')
np.asarray_chkfinite(np.ones((2, 2)), order='F').flags.f_contiguous, np.asarray_chkfinite([[1., 2.]], order='C').flags.c_contiguous
