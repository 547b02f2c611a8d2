import numpy as np
-np.int64(-2**63)
abs(np.int64(-2**63))
-np.int8(-128)
abs(np.int8(-128))
np.negative(np.int8(-128))
np.abs(np.int8(-128))
-np.array([-128], dtype=np.int8)
np.int64(3).__class__
(3).__class__
-np.uint8(1)
-np.uint8(0)
-np.uint64(5)
abs(np.uint8(200))
-np.int16(5)
np.int64(3).__class__
(3).__class__
[].__class__
np.arange(3).__class__
np.float64(1).__class__ is np.float64
len.__class__
(1.5).__class__.__name__
None.__class__
