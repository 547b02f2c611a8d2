import numpy as np
m = np.arange(3.0); m @= np.ones((3, 2))
m = np.arange(3.0); m @= np.ones((2, 2))
m = np.ones((2, 2), dtype=int); m @= np.ones((2, 3))
m = np.ones((3, 2, 2)); m @= np.ones((2, 2)); m.sum()
m = np.array(2.0); m @= np.ones((2, 2))
m = np.ones((2, 2), dtype=np.float32); m @= np.ones((2, 2)); m, m.dtype
m = np.ones((2, 2)); m @= [[1, 2], [3, 4]]; m
m = np.ones((2, 2)); m.flags.writeable = False; m @= np.ones((2, 2))
m = np.ones((2, 2), dtype=bool); m @= np.ones((2, 2), dtype=bool); m
m = np.eye(2); v = m; m @= np.ones((2, 2)); m, v is m
m = np.eye(2); m @= np.ones((2, 3))
m = np.ones((2,2), dtype=int); m @= np.full((2,2), 0.5)
m = np.ones((2,2)); m @= np.full((2,2), 2, dtype=int); m
m = np.ones((2,2)); m @= 2
m = np.ones((2,2)); m[0] @= np.eye(2); m
