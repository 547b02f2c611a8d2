z = np.array([1+2j, 3-4j, -0.5+0.25j])
z
z.dtype, z.itemsize, z.strides
print(z)
1+2j, 2j, -1j, 1.5e-3j, 0j, 1e20j
(1+2j) * (3-1j), (1+2j) / (3-4j), (1+2j) ** 3, 2 ** (1+1j), abs(3+4j)
(1+2j) == 1+2j, (1+0j) == 1, -(1+2j), +(1+2j)
complex(1, 2), complex(3), complex('1+2j'), complex(), complex(imag=5), complex(real=1.5)
(2+3j).real, (2+3j).imag, (2+3j).conjugate()
type(1j), isinstance(np.complex128(1), complex), isinstance(1j, complex)
1j // 2
z * 2, z + 1, z - 0.5, z / 2
z * z, z / z[0], z ** 2, z ** 0.5
np.complex128(1+2j) * np.complex128(3+4j), np.complex64(1+2j) * np.complex64(3+4j)
np.complex128(3+4j) / np.complex128(1-2j)
np.complex64(1.5-2j), np.complex128(-0.0+1j), np.complex128(complex(0.0, -0.0)), np.complex128(1e16+1e-5j)
str(np.complex64(0.1+0.2j)), str(np.complex128(2j))
np.complex64(complex(np.nan, np.inf)), np.complex128(complex(2, np.nan))
np.array([0.1+1e-9j, 1e10j])
np.array([np.nan+1j, 1+np.inf*1j, -np.inf-1j*np.nan])
np.array([1e-5+1j]), np.array([0j]), np.array([-0.0-0.0j])
np.array([1e7+1j, 1])
np.array([1, 2, 3], dtype=np.complex64) * (1+1j)
np.array([1+1j, 2-3.5j], dtype=np.complex64)
print(np.array([[1+1j, 2], [3, 4j]]))
np.arange(3) + 0.5j, np.float32(2) * 1j, np.float16(3) + 1j
np.array([1, 2]) * 1j, np.array([1, 2], dtype=np.int8) + 1j
np.abs(z), np.absolute(np.array([3+4j], dtype=np.complex64))
np.conj(z), z.conj(), z.conjugate(), np.conjugate(np.array([1, 2]))
np.conjugate(z, out=np.zeros(3, dtype=complex), where=[True, False, True])
np.conjugate(z, dtype=np.complex64, casting='unsafe', order='C')
np.conjugate(np.ones((2, 2)) * 1j, order='F').strides
np.angle(z), np.angle(1j, deg=True), np.angle(np.array([1, -1]))
np.real(z), np.imag(z), np.real(1+2j), np.imag(3), np.real(np.float32(3))
np.sqrt(-4+0j), np.sqrt(z), np.sqrt(np.array([-1, 4], dtype=np.complex64))
np.exp(z), np.log(z), np.log10(z), np.log2(z)
np.sin(z), np.cos(z), np.tan(z)
np.arcsin(z), np.arccos(z), np.arctan(z)
np.sinh(z), np.cosh(z), np.tanh(z)
np.exp(np.array([1+1j], dtype=np.complex64)), np.log(np.array([1j, -1]))
np.sign(np.array([3+4j, 0, -2j, np.nan+1j])), np.square(z), np.rint(np.array([1.5+2.5j]))
np.isnan(np.array([np.nan+0j, 1j])), np.isinf(np.array([1+np.inf*1j])), np.isfinite(np.array([np.inf+0j, 1j]))
np.floor(z)
np.array([1+1j]) // 1
np.array([1+1j]) % 1
np.arctan2(z, z)
z < np.array([1+3j, 3-4j, 0]), z == z, z != 1+2j
np.maximum(np.array([1+2j, np.nan]), np.array([1+3j, 2])), np.fmin(np.array([1+2j, np.nan]), np.array([1+3j, 2]))
np.sort(np.array([2+1j, 1+5j, 1+2j, np.nan+0j, 1+np.nan*1j]))
np.argmax(np.array([1+5j, 2+0j, 2+1j])), np.argmin(np.array([1+5j, 2+0j, 2+1j]))
np.unique(np.array([2+1j, 1+1j, 2+1j]))
z.sum(), np.prod(z), z.mean(), np.cumsum(z), np.cumprod(z)
np.arange(100) * (1+0.5j) @ np.ones(100)
(np.arange(200) * 0.1j + 0.3).sum()
np.max(np.array([1+2j, 1+3j, 0+9j])), np.min(np.array([1+2j, 1+3j, 0+9j]))
np.isclose(np.array([1+1j]), np.array([1+1.000000001j])), np.allclose(z, z + 1e-12j)
np.array([1, 2]) / 0j
np.complex128(1) / 0
z.real, z.imag
z.real.strides, z.imag.strides, z.real.base is z, z.imag.flags.owndata
z.imag[0] = 7
z
z.real = 0
z
z.real += 1
z
zz = np.zeros((2, 3), dtype=np.complex64)
zz.imag[:, 1] = 5
zz, zz.real.strides, zz.T.imag.strides
x = np.arange(3.0)
x.real is x, x.imag, x.imag.flags.writeable
x.imag = 1
z.astype(float)
z.astype(bool)
b = np.zeros(3)
b[:] = np.array([1j, 2, 3])
b
np.array([1+2j], dtype=float)
np.zeros((2, 2), dtype=complex), np.ones(2, dtype=np.complex64), np.full(2, 1+1j)
np.arange(0, 2, 0.5, dtype=complex), np.eye(2, dtype=np.complex64)
np.array([1+2j]).item(), np.array([1+2j, 3j]).tolist(), complex(np.complex64(1+2j))
np.where(z == 1+2j, 1j, z), z[[0, 2]], z[z.real > 0]
np.concatenate([z, z[:1]]), np.stack([z, z]).shape
np.save('/tmp/arrsh_corpus_c16.npy', z)
np.load('/tmp/arrsh_corpus_c16.npy')
np.save('/tmp/arrsh_corpus_c8.npy', zz)
np.load('/tmp/arrsh_corpus_c8.npy')
z = np.array([1+2j, 3+0j])
np.iscomplexobj(z), np.isrealobj(z), np.iscomplexobj(1j), np.isrealobj([1, 2])
np.iscomplex(z), np.isreal(z), np.iscomplex(np.arange(2)), np.isreal(1j), np.iscomplex(3)
np.median(np.array([1+2j, 3-4j, -0.5+0.25j, 2+0j]))
np.median(np.array([1+2j, np.nan, 3]))
np.median(np.array([1+2j, 3, 2j]))
np.median(np.array([1+2j], dtype=np.complex64))
np.median(np.array([[1+2j, 3],[1j,2]]), axis=0)
np.median(np.array([1, 2, 4, 8], dtype=np.float16))
np.nanmedian(np.array([1+2j, np.nan, 3]))
