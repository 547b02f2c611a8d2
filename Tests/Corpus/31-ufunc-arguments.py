x = np.array([0.25, 0.5, 0.75])
y = np.array([0.5, 0.25, 1.0])
i = np.array([1, 6, 12])
j = np.array([2, 3, 1])
m = np.array([True, False, True])
x2 = np.array([[0.25, 0.5], [0.75, 1.0]])
i2 = np.array([[1, 6], [12, 5]])
z = np.array([1.25, 1.5, 2.75])
z2 = np.array([[1.25, 1.5], [2.75, 3.0]])
o = np.zeros(3, dtype=np.float64)
np.add(x1=x, x2=y) if False else np.add(x, y, out=o)
np.add(x, y, out=(o,), where=m); o
np.add(x, y, casting='unsafe', dtype=np.float32).dtype
np.add(x2, x2, order='F').flags.f_contiguous
np.add(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.subtract(x1=x, x2=y) if False else np.subtract(x, y, out=o)
np.subtract(x, y, out=(o,), where=m); o
np.subtract(x, y, casting='unsafe', dtype=np.float32).dtype
np.subtract(x2, x2, order='F').flags.f_contiguous
np.subtract(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.multiply(x1=x, x2=y) if False else np.multiply(x, y, out=o)
np.multiply(x, y, out=(o,), where=m); o
np.multiply(x, y, casting='unsafe', dtype=np.float32).dtype
np.multiply(x2, x2, order='F').flags.f_contiguous
np.multiply(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.divide(x1=x, x2=y) if False else np.divide(x, y, out=o)
np.divide(x, y, out=(o,), where=m); o
np.divide(x, y, casting='unsafe', dtype=np.float32).dtype
np.divide(x2, x2, order='F').flags.f_contiguous
np.divide(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.true_divide(x1=x, x2=y) if False else np.true_divide(x, y, out=o)
np.true_divide(x, y, out=(o,), where=m); o
np.true_divide(x, y, casting='unsafe', dtype=np.float32).dtype
np.true_divide(x2, x2, order='F').flags.f_contiguous
np.true_divide(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.power(x1=x, x2=y) if False else np.power(x, y, out=o)
np.power(x, y, out=(o,), where=m); o
np.power(x, y, casting='unsafe', dtype=np.float32).dtype
np.power(x2, x2, order='F').flags.f_contiguous
np.power(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.remainder(x1=x, x2=y) if False else np.remainder(x, y, out=o)
np.remainder(x, y, out=(o,), where=m); o
np.remainder(x, y, casting='unsafe', dtype=np.float32).dtype
np.remainder(x2, x2, order='F').flags.f_contiguous
np.remainder(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.mod(x1=x, x2=y) if False else np.mod(x, y, out=o)
np.mod(x, y, out=(o,), where=m); o
np.mod(x, y, casting='unsafe', dtype=np.float32).dtype
np.mod(x2, x2, order='F').flags.f_contiguous
np.mod(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.floor_divide(x1=x, x2=y) if False else np.floor_divide(x, y, out=o)
np.floor_divide(x, y, out=(o,), where=m); o
np.floor_divide(x, y, casting='unsafe', dtype=np.float32).dtype
np.floor_divide(x2, x2, order='F').flags.f_contiguous
np.floor_divide(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.maximum(x1=x, x2=y) if False else np.maximum(x, y, out=o)
np.maximum(x, y, out=(o,), where=m); o
np.maximum(x, y, casting='unsafe', dtype=np.float32).dtype
np.maximum(x2, x2, order='F').flags.f_contiguous
np.maximum(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.minimum(x1=x, x2=y) if False else np.minimum(x, y, out=o)
np.minimum(x, y, out=(o,), where=m); o
np.minimum(x, y, casting='unsafe', dtype=np.float32).dtype
np.minimum(x2, x2, order='F').flags.f_contiguous
np.minimum(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.fmax(x1=x, x2=y) if False else np.fmax(x, y, out=o)
np.fmax(x, y, out=(o,), where=m); o
np.fmax(x, y, casting='unsafe', dtype=np.float32).dtype
np.fmax(x2, x2, order='F').flags.f_contiguous
np.fmax(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.fmin(x1=x, x2=y) if False else np.fmin(x, y, out=o)
np.fmin(x, y, out=(o,), where=m); o
np.fmin(x, y, casting='unsafe', dtype=np.float32).dtype
np.fmin(x2, x2, order='F').flags.f_contiguous
np.fmin(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.arctan2(x1=x, x2=y) if False else np.arctan2(x, y, out=o)
np.arctan2(x, y, out=(o,), where=m); o
np.arctan2(x, y, casting='unsafe', dtype=np.float32).dtype
np.arctan2(x2, x2, order='F').flags.f_contiguous
np.arctan2(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.hypot(x1=x, x2=y) if False else np.hypot(x, y, out=o)
np.hypot(x, y, out=(o,), where=m); o
np.hypot(x, y, casting='unsafe', dtype=np.float32).dtype
np.hypot(x2, x2, order='F').flags.f_contiguous
np.hypot(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.atan2(x1=x, x2=y) if False else np.atan2(x, y, out=o)
np.atan2(x, y, out=(o,), where=m); o
np.atan2(x, y, casting='unsafe', dtype=np.float32).dtype
np.atan2(x2, x2, order='F').flags.f_contiguous
np.atan2(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.pow(x1=x, x2=y) if False else np.pow(x, y, out=o)
np.pow(x, y, out=(o,), where=m); o
np.pow(x, y, casting='unsafe', dtype=np.float32).dtype
np.pow(x2, x2, order='F').flags.f_contiguous
np.pow(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.fmod(x1=x, x2=y) if False else np.fmod(x, y, out=o)
np.fmod(x, y, out=(o,), where=m); o
np.fmod(x, y, casting='unsafe', dtype=np.float32).dtype
np.fmod(x2, x2, order='F').flags.f_contiguous
np.fmod(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.copysign(x1=x, x2=y) if False else np.copysign(x, y, out=o)
np.copysign(x, y, out=(o,), where=m); o
np.copysign(x, y, casting='unsafe', dtype=np.float32).dtype
np.copysign(x2, x2, order='F').flags.f_contiguous
np.copysign(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.nextafter(x1=x, x2=y) if False else np.nextafter(x, y, out=o)
np.nextafter(x, y, out=(o,), where=m); o
np.nextafter(x, y, casting='unsafe', dtype=np.float32).dtype
np.nextafter(x2, x2, order='F').flags.f_contiguous
np.nextafter(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.logaddexp(x1=x, x2=y) if False else np.logaddexp(x, y, out=o)
np.logaddexp(x, y, out=(o,), where=m); o
np.logaddexp(x, y, casting='unsafe', dtype=np.float32).dtype
np.logaddexp(x2, x2, order='F').flags.f_contiguous
np.logaddexp(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.logaddexp2(x1=x, x2=y) if False else np.logaddexp2(x, y, out=o)
np.logaddexp2(x, y, out=(o,), where=m); o
np.logaddexp2(x, y, casting='unsafe', dtype=np.float32).dtype
np.logaddexp2(x2, x2, order='F').flags.f_contiguous
np.logaddexp2(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.heaviside(x1=x, x2=y) if False else np.heaviside(x, y, out=o)
np.heaviside(x, y, out=(o,), where=m); o
np.heaviside(x, y, casting='unsafe', dtype=np.float32).dtype
np.heaviside(x2, x2, order='F').flags.f_contiguous
np.heaviside(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.float64)
np.float_power(x1=x, x2=y) if False else np.float_power(x, y, out=o)
np.float_power(x, y, out=(o,), where=m); o
np.float_power(x, y, casting='unsafe', dtype=np.float32).dtype
np.float_power(x2, x2, order='F').flags.f_contiguous
np.float_power(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.equal(x1=x, x2=y) if False else np.equal(x, y, out=o)
np.equal(x, y, out=(o,), where=m); o
np.equal(x, y, casting='unsafe', dtype=np.float32).dtype
np.equal(x2, x2, order='F').flags.f_contiguous
np.equal(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.not_equal(x1=x, x2=y) if False else np.not_equal(x, y, out=o)
np.not_equal(x, y, out=(o,), where=m); o
np.not_equal(x, y, casting='unsafe', dtype=np.float32).dtype
np.not_equal(x2, x2, order='F').flags.f_contiguous
np.not_equal(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.less(x1=x, x2=y) if False else np.less(x, y, out=o)
np.less(x, y, out=(o,), where=m); o
np.less(x, y, casting='unsafe', dtype=np.float32).dtype
np.less(x2, x2, order='F').flags.f_contiguous
np.less(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.less_equal(x1=x, x2=y) if False else np.less_equal(x, y, out=o)
np.less_equal(x, y, out=(o,), where=m); o
np.less_equal(x, y, casting='unsafe', dtype=np.float32).dtype
np.less_equal(x2, x2, order='F').flags.f_contiguous
np.less_equal(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.greater(x1=x, x2=y) if False else np.greater(x, y, out=o)
np.greater(x, y, out=(o,), where=m); o
np.greater(x, y, casting='unsafe', dtype=np.float32).dtype
np.greater(x2, x2, order='F').flags.f_contiguous
np.greater(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.greater_equal(x1=x, x2=y) if False else np.greater_equal(x, y, out=o)
np.greater_equal(x, y, out=(o,), where=m); o
np.greater_equal(x, y, casting='unsafe', dtype=np.float32).dtype
np.greater_equal(x2, x2, order='F').flags.f_contiguous
np.greater_equal(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.logical_and(x1=x, x2=y) if False else np.logical_and(x, y, out=o)
np.logical_and(x, y, out=(o,), where=m); o
np.logical_and(x, y, casting='unsafe', dtype=np.float32).dtype
np.logical_and(x2, x2, order='F').flags.f_contiguous
np.logical_and(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.logical_or(x1=x, x2=y) if False else np.logical_or(x, y, out=o)
np.logical_or(x, y, out=(o,), where=m); o
np.logical_or(x, y, casting='unsafe', dtype=np.float32).dtype
np.logical_or(x2, x2, order='F').flags.f_contiguous
np.logical_or(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=bool)
np.logical_xor(x1=x, x2=y) if False else np.logical_xor(x, y, out=o)
np.logical_xor(x, y, out=(o,), where=m); o
np.logical_xor(x, y, casting='unsafe', dtype=np.float32).dtype
np.logical_xor(x2, x2, order='F').flags.f_contiguous
np.logical_xor(x, y, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.bitwise_and(x1=i, x2=j) if False else np.bitwise_and(i, j, out=o)
np.bitwise_and(i, j, out=(o,), where=m); o
np.bitwise_and(i, j, casting='unsafe', dtype=np.int32).dtype
np.bitwise_and(i2, i2, order='F').flags.f_contiguous
np.bitwise_and(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.bitwise_or(x1=i, x2=j) if False else np.bitwise_or(i, j, out=o)
np.bitwise_or(i, j, out=(o,), where=m); o
np.bitwise_or(i, j, casting='unsafe', dtype=np.int32).dtype
np.bitwise_or(i2, i2, order='F').flags.f_contiguous
np.bitwise_or(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.bitwise_xor(x1=i, x2=j) if False else np.bitwise_xor(i, j, out=o)
np.bitwise_xor(i, j, out=(o,), where=m); o
np.bitwise_xor(i, j, casting='unsafe', dtype=np.int32).dtype
np.bitwise_xor(i2, i2, order='F').flags.f_contiguous
np.bitwise_xor(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.left_shift(x1=i, x2=j) if False else np.left_shift(i, j, out=o)
np.left_shift(i, j, out=(o,), where=m); o
np.left_shift(i, j, casting='unsafe', dtype=np.int32).dtype
np.left_shift(i2, i2, order='F').flags.f_contiguous
np.left_shift(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.right_shift(x1=i, x2=j) if False else np.right_shift(i, j, out=o)
np.right_shift(i, j, out=(o,), where=m); o
np.right_shift(i, j, casting='unsafe', dtype=np.int32).dtype
np.right_shift(i2, i2, order='F').flags.f_contiguous
np.right_shift(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.bitwise_left_shift(x1=i, x2=j) if False else np.bitwise_left_shift(i, j, out=o)
np.bitwise_left_shift(i, j, out=(o,), where=m); o
np.bitwise_left_shift(i, j, casting='unsafe', dtype=np.int32).dtype
np.bitwise_left_shift(i2, i2, order='F').flags.f_contiguous
np.bitwise_left_shift(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.bitwise_right_shift(x1=i, x2=j) if False else np.bitwise_right_shift(i, j, out=o)
np.bitwise_right_shift(i, j, out=(o,), where=m); o
np.bitwise_right_shift(i, j, casting='unsafe', dtype=np.int32).dtype
np.bitwise_right_shift(i2, i2, order='F').flags.f_contiguous
np.bitwise_right_shift(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.gcd(x1=i, x2=j) if False else np.gcd(i, j, out=o)
np.gcd(i, j, out=(o,), where=m); o
np.gcd(i, j, casting='unsafe', dtype=np.int32).dtype
np.gcd(i2, i2, order='F').flags.f_contiguous
np.gcd(i, j, casting='no', dtype=np.float32)
o = np.zeros(3, dtype=np.int64)
np.lcm(x1=i, x2=j) if False else np.lcm(i, j, out=o)
np.lcm(i, j, out=(o,), where=m); o
np.lcm(i, j, casting='unsafe', dtype=np.int32).dtype
np.lcm(i2, i2, order='F').flags.f_contiguous
np.lcm(i, j, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.negative(x, out=o)
np.negative(x, out=o, where=m); o
np.negative(x, casting='unsafe', dtype=np.float32).dtype
np.negative(x2, order='F').flags.f_contiguous
np.negative(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.positive(x, out=o)
np.positive(x, out=o, where=m); o
np.positive(x, casting='unsafe', dtype=np.float32).dtype
np.positive(x2, order='F').flags.f_contiguous
np.positive(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.absolute(x, out=o)
np.absolute(x, out=o, where=m); o
np.absolute(x, casting='unsafe', dtype=np.float32).dtype
np.absolute(x2, order='F').flags.f_contiguous
np.absolute(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.abs(x, out=o)
np.abs(x, out=o, where=m); o
np.abs(x, casting='unsafe', dtype=np.float32).dtype
np.abs(x2, order='F').flags.f_contiguous
np.abs(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.sign(x, out=o)
np.sign(x, out=o, where=m); o
np.sign(x, casting='unsafe', dtype=np.float32).dtype
np.sign(x2, order='F').flags.f_contiguous
np.sign(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.square(x, out=o)
np.square(x, out=o, where=m); o
np.square(x, casting='unsafe', dtype=np.float32).dtype
np.square(x2, order='F').flags.f_contiguous
np.square(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.sqrt(x, out=o)
np.sqrt(x, out=o, where=m); o
np.sqrt(x, casting='unsafe', dtype=np.float32).dtype
np.sqrt(x2, order='F').flags.f_contiguous
np.sqrt(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.exp(x, out=o)
np.exp(x, out=o, where=m); o
np.exp(x, casting='unsafe', dtype=np.float32).dtype
np.exp(x2, order='F').flags.f_contiguous
np.exp(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.log(x, out=o)
np.log(x, out=o, where=m); o
np.log(x, casting='unsafe', dtype=np.float32).dtype
np.log(x2, order='F').flags.f_contiguous
np.log(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.log2(x, out=o)
np.log2(x, out=o, where=m); o
np.log2(x, casting='unsafe', dtype=np.float32).dtype
np.log2(x2, order='F').flags.f_contiguous
np.log2(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.log10(x, out=o)
np.log10(x, out=o, where=m); o
np.log10(x, casting='unsafe', dtype=np.float32).dtype
np.log10(x2, order='F').flags.f_contiguous
np.log10(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.sin(x, out=o)
np.sin(x, out=o, where=m); o
np.sin(x, casting='unsafe', dtype=np.float32).dtype
np.sin(x2, order='F').flags.f_contiguous
np.sin(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.cos(x, out=o)
np.cos(x, out=o, where=m); o
np.cos(x, casting='unsafe', dtype=np.float32).dtype
np.cos(x2, order='F').flags.f_contiguous
np.cos(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.tan(x, out=o)
np.tan(x, out=o, where=m); o
np.tan(x, casting='unsafe', dtype=np.float32).dtype
np.tan(x2, order='F').flags.f_contiguous
np.tan(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.arcsin(x, out=o)
np.arcsin(x, out=o, where=m); o
np.arcsin(x, casting='unsafe', dtype=np.float32).dtype
np.arcsin(x2, order='F').flags.f_contiguous
np.arcsin(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.arccos(x, out=o)
np.arccos(x, out=o, where=m); o
np.arccos(x, casting='unsafe', dtype=np.float32).dtype
np.arccos(x2, order='F').flags.f_contiguous
np.arccos(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.arctan(x, out=o)
np.arctan(x, out=o, where=m); o
np.arctan(x, casting='unsafe', dtype=np.float32).dtype
np.arctan(x2, order='F').flags.f_contiguous
np.arctan(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.sinh(x, out=o)
np.sinh(x, out=o, where=m); o
np.sinh(x, casting='unsafe', dtype=np.float32).dtype
np.sinh(x2, order='F').flags.f_contiguous
np.sinh(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.cosh(x, out=o)
np.cosh(x, out=o, where=m); o
np.cosh(x, casting='unsafe', dtype=np.float32).dtype
np.cosh(x2, order='F').flags.f_contiguous
np.cosh(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.tanh(x, out=o)
np.tanh(x, out=o, where=m); o
np.tanh(x, casting='unsafe', dtype=np.float32).dtype
np.tanh(x2, order='F').flags.f_contiguous
np.tanh(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.floor(x, out=o)
np.floor(x, out=o, where=m); o
np.floor(x, casting='unsafe', dtype=np.float32).dtype
np.floor(x2, order='F').flags.f_contiguous
np.floor(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.ceil(x, out=o)
np.ceil(x, out=o, where=m); o
np.ceil(x, casting='unsafe', dtype=np.float32).dtype
np.ceil(x2, order='F').flags.f_contiguous
np.ceil(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.trunc(x, out=o)
np.trunc(x, out=o, where=m); o
np.trunc(x, casting='unsafe', dtype=np.float32).dtype
np.trunc(x2, order='F').flags.f_contiguous
np.trunc(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.rint(x, out=o)
np.rint(x, out=o, where=m); o
np.rint(x, casting='unsafe', dtype=np.float32).dtype
np.rint(x2, order='F').flags.f_contiguous
np.rint(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.acos(x, out=o)
np.acos(x, out=o, where=m); o
np.acos(x, casting='unsafe', dtype=np.float32).dtype
np.acos(x2, order='F').flags.f_contiguous
np.acos(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.asin(x, out=o)
np.asin(x, out=o, where=m); o
np.asin(x, casting='unsafe', dtype=np.float32).dtype
np.asin(x2, order='F').flags.f_contiguous
np.asin(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.atan(x, out=o)
np.atan(x, out=o, where=m); o
np.atan(x, casting='unsafe', dtype=np.float32).dtype
np.atan(x2, order='F').flags.f_contiguous
np.atan(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.arcsinh(x, out=o)
np.arcsinh(x, out=o, where=m); o
np.arcsinh(x, casting='unsafe', dtype=np.float32).dtype
np.arcsinh(x2, order='F').flags.f_contiguous
np.arcsinh(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.asinh(x, out=o)
np.asinh(x, out=o, where=m); o
np.asinh(x, casting='unsafe', dtype=np.float32).dtype
np.asinh(x2, order='F').flags.f_contiguous
np.asinh(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.cbrt(x, out=o)
np.cbrt(x, out=o, where=m); o
np.cbrt(x, casting='unsafe', dtype=np.float32).dtype
np.cbrt(x2, order='F').flags.f_contiguous
np.cbrt(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.exp2(x, out=o)
np.exp2(x, out=o, where=m); o
np.exp2(x, casting='unsafe', dtype=np.float32).dtype
np.exp2(x2, order='F').flags.f_contiguous
np.exp2(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.expm1(x, out=o)
np.expm1(x, out=o, where=m); o
np.expm1(x, casting='unsafe', dtype=np.float32).dtype
np.expm1(x2, order='F').flags.f_contiguous
np.expm1(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.log1p(x, out=o)
np.log1p(x, out=o, where=m); o
np.log1p(x, casting='unsafe', dtype=np.float32).dtype
np.log1p(x2, order='F').flags.f_contiguous
np.log1p(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.fabs(x, out=o)
np.fabs(x, out=o, where=m); o
np.fabs(x, casting='unsafe', dtype=np.float32).dtype
np.fabs(x2, order='F').flags.f_contiguous
np.fabs(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.spacing(x, out=o)
np.spacing(x, out=o, where=m); o
np.spacing(x, casting='unsafe', dtype=np.float32).dtype
np.spacing(x2, order='F').flags.f_contiguous
np.spacing(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.deg2rad(x, out=o)
np.deg2rad(x, out=o, where=m); o
np.deg2rad(x, casting='unsafe', dtype=np.float32).dtype
np.deg2rad(x2, order='F').flags.f_contiguous
np.deg2rad(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.rad2deg(x, out=o)
np.rad2deg(x, out=o, where=m); o
np.rad2deg(x, casting='unsafe', dtype=np.float32).dtype
np.rad2deg(x2, order='F').flags.f_contiguous
np.rad2deg(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.degrees(x, out=o)
np.degrees(x, out=o, where=m); o
np.degrees(x, casting='unsafe', dtype=np.float32).dtype
np.degrees(x2, order='F').flags.f_contiguous
np.degrees(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.radians(x, out=o)
np.radians(x, out=o, where=m); o
np.radians(x, casting='unsafe', dtype=np.float32).dtype
np.radians(x2, order='F').flags.f_contiguous
np.radians(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.reciprocal(x, out=o)
np.reciprocal(x, out=o, where=m); o
np.reciprocal(x, casting='unsafe', dtype=np.float32).dtype
np.reciprocal(x2, order='F').flags.f_contiguous
np.reciprocal(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.arctanh(x, out=o)
np.arctanh(x, out=o, where=m); o
np.arctanh(x, casting='unsafe', dtype=np.float32).dtype
np.arctanh(x2, order='F').flags.f_contiguous
np.arctanh(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.atanh(x, out=o)
np.atanh(x, out=o, where=m); o
np.atanh(x, casting='unsafe', dtype=np.float32).dtype
np.atanh(x2, order='F').flags.f_contiguous
np.atanh(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.arccosh(z, out=o)
np.arccosh(z, out=o, where=m); o
np.arccosh(z, casting='unsafe', dtype=np.float32).dtype
np.arccosh(z2, order='F').flags.f_contiguous
np.arccosh(z, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.float64)
np.acosh(z, out=o)
np.acosh(z, out=o, where=m); o
np.acosh(z, casting='unsafe', dtype=np.float32).dtype
np.acosh(z2, order='F').flags.f_contiguous
np.acosh(z, casting='no', dtype=np.float32)
o = np.ones(3, dtype=bool)
np.isnan(x, out=o)
np.isnan(x, out=o, where=m); o
np.isnan(x, casting='unsafe', dtype=np.float32).dtype
np.isnan(x2, order='F').flags.f_contiguous
np.isnan(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=bool)
np.isinf(x, out=o)
np.isinf(x, out=o, where=m); o
np.isinf(x, casting='unsafe', dtype=np.float32).dtype
np.isinf(x2, order='F').flags.f_contiguous
np.isinf(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=bool)
np.isfinite(x, out=o)
np.isfinite(x, out=o, where=m); o
np.isfinite(x, casting='unsafe', dtype=np.float32).dtype
np.isfinite(x2, order='F').flags.f_contiguous
np.isfinite(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=bool)
np.logical_not(x, out=o)
np.logical_not(x, out=o, where=m); o
np.logical_not(x, casting='unsafe', dtype=np.float32).dtype
np.logical_not(x2, order='F').flags.f_contiguous
np.logical_not(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=bool)
np.signbit(x, out=o)
np.signbit(x, out=o, where=m); o
np.signbit(x, casting='unsafe', dtype=np.float32).dtype
np.signbit(x2, order='F').flags.f_contiguous
np.signbit(x, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.int64)
np.invert(i, out=o)
np.invert(i, out=o, where=m); o
np.invert(i, casting='unsafe', dtype=np.int32).dtype
np.invert(i2, order='F').flags.f_contiguous
np.invert(i, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.int64)
np.bitwise_not(i, out=o)
np.bitwise_not(i, out=o, where=m); o
np.bitwise_not(i, casting='unsafe', dtype=np.int32).dtype
np.bitwise_not(i2, order='F').flags.f_contiguous
np.bitwise_not(i, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.int64)
np.bitwise_invert(i, out=o)
np.bitwise_invert(i, out=o, where=m); o
np.bitwise_invert(i, casting='unsafe', dtype=np.int32).dtype
np.bitwise_invert(i2, order='F').flags.f_contiguous
np.bitwise_invert(i, casting='no', dtype=np.float32)
o = np.ones(3, dtype=np.int64)
np.bitwise_count(i, out=o)
np.bitwise_count(i, out=o, where=m); o
np.bitwise_count(i, casting='unsafe', dtype=np.int32).dtype
np.bitwise_count(i2, order='F').flags.f_contiguous
np.bitwise_count(i, casting='no', dtype=np.float32)
