# shares_memory on a hard case: two 4-d strided views of one buffer that share
# no byte, which the exact solver must prove (bounded by max_work).
import numpy as np
x = np.zeros(1_000_000, dtype=np.int8)
p = x[0:387296].reshape(14, 28, 38, 26)[::5, ::6, :, ::3]
q = x[2:274727].reshape(11, 37, 27, 25)[2::6, ::2, 2::2, 1::6]
r = np.may_share_memory(p, q)
# bench-repeat 3
r = np.shares_memory(p, q, max_work=10_000_000)
# bench-end
print(r, np.may_share_memory(p, q), np.shares_memory(p[:2], q[:1], max_work=10_000_000))
