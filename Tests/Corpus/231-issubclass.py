# issubclass between Python's classes and NumPy's: array classes, scalar types, the abstract hierarchy
issubclass(np.recarray, np.ndarray), issubclass(np.memmap, np.ndarray), issubclass(np.ma.MaskedArray, np.ndarray), issubclass(np.float64, float), issubclass(np.bool_, np.generic), issubclass(np.ndarray, np.recarray), issubclass(np.record, np.void)
issubclass(np.float64, np.floating), issubclass(np.float32, float), issubclass(np.int64, int), issubclass(np.complex128, complex), issubclass(np.str_, str), issubclass(np.bytes_, bytes)
issubclass(np.floating, np.inexact), issubclass(np.inexact, np.floating), issubclass(np.int8, np.signedinteger), issubclass(np.uint8, np.signedinteger), issubclass(np.bool_, np.number)
issubclass(bool, int), issubclass(int, bool), issubclass(np.float64, np.float64), issubclass(np.float64, np.float32), issubclass(np.ndarray, object), issubclass(np.float64, object)
issubclass(np.void, np.generic), issubclass(np.str_, np.generic), issubclass(np.record, np.generic), issubclass(np.datetime64, np.generic), issubclass(np.float64, (int, float))
issubclass(np.ndarray, np.generic), issubclass(np.int64, np.ndarray), issubclass(float, np.float64), issubclass(np.dtype, object), issubclass(3, int)
