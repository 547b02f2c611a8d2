import numpy as np
np.negative(x=1)
np.add(1, x2=2)
np.add(x1=1, x2=2)
np.sqrt()
np.add(1, 2, 3, 4)
np.add(1, 2, foo=3)
np.add(1, 2, out=None)
np.sqrt(4.0, where=True)
np.add.__name__, np.sqrt.__name__, np.maximum.__name__
np.add(1, 2, x1=3)
