b = np.array([True, False])
u = np.arange(3, dtype=np.uint8)
i = np.arange(-2, 2, dtype=np.int8)
s = np.arange(3, dtype=np.int16)
np.floor(i), np.ceil(u), np.trunc(np.arange(3)), np.floor(b)
np.floor(i).dtype, np.ceil(np.arange(3)).dtype, np.trunc(i).dtype, np.floor(b).dtype
np.rint(np.arange(3)), np.rint(s).dtype
np.sqrt(s).dtype, np.exp(s).dtype, np.sqrt(np.arange(3)).dtype, np.sqrt(np.arange(3, dtype=np.uint32)).dtype
np.sign(b)
np.square(b), np.square(b).dtype, np.absolute(b)
np.hypot(s, 1).dtype, np.arctan2(s, s).dtype, np.hypot(np.arange(3), 4)
np.divide(u, u), (i / i).dtype, np.true_divide(b, True)
np.negative(b)
